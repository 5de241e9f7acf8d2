package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs CLI commands in-process and captures what they print. */
class CliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        cn.quanze.i18n.I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    public static int run(String... args) {
        return QuanzeCommand.commandLine((d, f) -> {
            throw new AssertionError("no window in CLI tests");
        }).execute(args);
    }

    @Test
    void initWithDemoThenCheckIsClean() {
        int code = run("--data-dir", dir.toString(), "init", "--office-code", "QU", "--office-name", "徐汇区人民政府办公室",
                "--level", "district", "--demo");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已初始化").contains("已载入示例数据");
        assertThat(run("--data-dir", dir.toString(), "db", "check")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("数据库检查通过");
    }

    @Test
    void initRefusesBadCodeAndBadLevel() {
        assertThat(run("--data-dir", dir.toString(), "init", "--office-code", "q", "--office-name", "x", "--level",
                "district")).isEqualTo(QuanzeCommand.USAGE);
        assertThat(run("--data-dir", dir.toString(), "init", "--office-code", "QU", "--office-name", "x", "--level",
                "province")).isEqualTo(QuanzeCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("单位代码“q”无效").contains("层级“province”无效");
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
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("与最新变更记录不一致");
    }
}
