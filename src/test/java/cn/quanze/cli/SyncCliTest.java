package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quanze sync identity / trust / partners / export / import / conflicts / folder, as an office would use them. */
class SyncCliTest {
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

    private String qu() {
        return dir.resolve("qu").toString();
    }

    private String jd() {
        return dir.resolve("jd").toString();
    }

    @Test
    void twoOfficesExchangeFilesFromTheCommandLine() throws Exception {
        assertThat(CliTest.run("--data-dir", qu(), "init", "--office-code", "QU", "--office-name", "徐汇区人民政府办公室",
                "--level", "district", "--demo")).isZero();
        assertThat(CliTest.run("--data-dir", jd(), "init", "--office-code", "JD01", "--office-name", "湖南路街道办事处",
                "--level", "subdistrict")).isZero();
        Path quCard = dir.resolve("qu.card");
        Path jdCard = dir.resolve("jd.card");
        assertThat(CliTest.run("--data-dir", qu(), "sync", "identity", "--out", quCard.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("指纹");
        assertThat(CliTest.run("--data-dir", jd(), "sync", "identity", "--out", jdCard.toString())).isZero();

        Path file = dir.resolve("QU-to-JD01.qzb");
        // not trusted yet: export refuses, import refuses naming the sender
        assertThat(CliTest.run("--data-dir", qu(), "sync", "export", "--to", "JD01", "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("JD01");
        assertThat(CliTest.run("--data-dir", qu(), "sync", "trust", jdCard.toString())).isZero();
        assertThat(CliTest.run("--data-dir", qu(), "sync", "export", "--to", "JD01", "--full", "--out", file.toString()))
                .isZero();
        err.reset();
        assertThat(CliTest.run("--data-dir", jd(), "sync", "import", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("未信任").contains("QU-to-JD01.qzb");

        assertThat(CliTest.run("--data-dir", jd(), "sync", "trust", quCard.toString())).isZero();
        assertThat(CliTest.run("--data-dir", jd(), "sync", "import", file.toString(), "--dry-run")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("未写入任何数据");
        assertThat(CliTest.run("--data-dir", jd(), "sync", "import", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已导入");
        out.reset();
        assertThat(CliTest.run("--data-dir", jd(), "sync", "import", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已经导入过");
        assertThat(CliTest.run("--data-dir", jd(), "db", "check")).isZero();
        assertThat(CliTest.run("--data-dir", jd(), "sync", "partners")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("QU");
        assertThat(CliTest.run("--data-dir", jd(), "sync", "conflicts", "--format", "json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[]");

        Path shared = dir.resolve("shared");
        assertThat(CliTest.run("--data-dir", jd(), "sync", "folder", shared.toString())).isZero();
        try (var files = Files.list(shared)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("JD01-to-QU-"));
        }
        assertThat(CliTest.run("--data-dir", qu(), "sync", "folder", shared.toString())).isZero();
        assertThat(Files.isDirectory(shared.resolve("done"))).isTrue();

        Path broken = dir.resolve("broken.qzb");
        Files.write(broken, new byte[] {1, 2, 3});
        err.reset();
        assertThat(CliTest.run("--data-dir", jd(), "sync", "import", broken.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.qzb").contains("损坏");
    }
}
