package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs CLI commands in-process and captures what they print. */
public class CliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final CliCapture io = new CliCapture();

    public static int run(String... args) {
        if (java.util.Arrays.asList(args).contains("bench")) { // the benches' entry point: the product's commands + bench
            return cn.quanze.bench.BenchMain.commandLine().execute(args);
        }
        return QuanzeCommand.commandLine((d, f) -> {
            throw new AssertionError("no window in CLI tests");
        }).execute(args);
    }

    @Test
    void initWithDemoThenCheckIsClean() {
        int code = run("--data-dir", dir.toString(), "init", "--office-code", "QU", "--office-name", "徐汇区人民政府办公室",
                "--level", "district", "--demo");
        assertThat(code).isZero();
        assertThat(io.out()).contains("已初始化").contains("已载入示例数据");
        assertThat(run("--data-dir", dir.toString(), "db", "check")).isZero();
        assertThat(io.out()).contains("数据库检查通过");
    }

    @Test
    void initRefusesBadCodeAndBadLevel() {
        assertThat(run("--data-dir", dir.toString(), "init", "--office-code", "q", "--office-name", "x", "--level",
                "district")).isEqualTo(QuanzeCommand.USAGE);
        assertThat(run("--data-dir", dir.toString(), "init", "--office-code", "QU", "--office-name", "x", "--level",
                "province")).isEqualTo(QuanzeCommand.USAGE);
        assertThat(io.err()).contains("单位代码“q”无效").contains("层级“province”无效");
    }

    @Test
    void initRefusesToChangeTheOfficeOfADataDirectory() {
        run("--data-dir", dir.toString(), "init", "--office-code", "QU", "--office-name", "区府办", "--level", "district");
        assertThat(run("--data-dir", dir.toString(), "init", "--office-code", "JD01", "--office-name", "街道",
                "--level", "subdistrict")).isEqualTo(QuanzeCommand.FAILED);
    }

    @Test
    void dbCheckFailsWithExitOneOnTamperedData() throws Exception {
        run("--data-dir", dir.toString(), "init", "--office-code", "QU", "--office-name", "区府办", "--level", "district",
                "--demo");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("quanze.db"));
             var st = c.createStatement()) {
            st.executeUpdate("UPDATE supervision_item SET progress = 99 WHERE rowid = 3");
        }
        assertThat(run("--data-dir", dir.toString(), "db", "check")).isEqualTo(QuanzeCommand.FAILED);
        assertThat(io.err()).contains("与最新变更记录不一致");
    }
}
