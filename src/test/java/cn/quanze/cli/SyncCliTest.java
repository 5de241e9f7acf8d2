package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** quanze sync identity / trust / partners / export / import / conflicts / folder, as an office would use them. */
class SyncCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final CliCapture io = new CliCapture();

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
        assertThat(io.out()).contains("指纹");
        assertThat(CliTest.run("--data-dir", jd(), "sync", "identity", "--out", jdCard.toString())).isZero();

        Path file = dir.resolve("QU-to-JD01.qzb");
        // not trusted yet: export refuses, import refuses naming the sender
        assertThat(CliTest.run("--data-dir", qu(), "sync", "export", "--to", "JD01", "--out", file.toString())).isEqualTo(1);
        assertThat(io.err()).contains("JD01");
        assertThat(CliTest.run("--data-dir", qu(), "sync", "trust", jdCard.toString())).isZero();
        assertThat(CliTest.run("--data-dir", qu(), "sync", "export", "--to", "JD01", "--full", "--out", file.toString()))
                .isZero();
        io.clearErr();
        assertThat(CliTest.run("--data-dir", jd(), "sync", "import", file.toString())).isEqualTo(1);
        assertThat(io.err()).contains("未信任").contains("QU-to-JD01.qzb");

        assertThat(CliTest.run("--data-dir", jd(), "sync", "trust", quCard.toString())).isZero();
        assertThat(CliTest.run("--data-dir", jd(), "sync", "import", file.toString(), "--dry-run")).isZero();
        assertThat(io.out()).contains("未写入任何数据");
        assertThat(CliTest.run("--data-dir", jd(), "sync", "import", file.toString())).isZero();
        assertThat(io.out()).contains("已导入");
        io.clear();
        assertThat(CliTest.run("--data-dir", jd(), "sync", "import", file.toString())).isZero();
        assertThat(io.out()).contains("已经导入过");
        assertThat(CliTest.run("--data-dir", jd(), "db", "check")).isZero();
        assertThat(CliTest.run("--data-dir", jd(), "sync", "partners")).isZero();
        assertThat(io.out()).contains("QU");
        assertThat(CliTest.run("--data-dir", jd(), "sync", "conflicts", "--format", "json")).isZero();
        assertThat(io.out()).contains("[]");

        Path shared = dir.resolve("shared");
        assertThat(CliTest.run("--data-dir", jd(), "sync", "folder", shared.toString())).isZero();
        try (var files = Files.list(shared)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("JD01-to-QU-"));
        }
        assertThat(CliTest.run("--data-dir", qu(), "sync", "folder", shared.toString())).isZero();
        assertThat(Files.isDirectory(shared.resolve("done"))).isTrue();

        Path broken = dir.resolve("broken.qzb");
        Files.write(broken, new byte[] {1, 2, 3});
        io.clearErr();
        assertThat(CliTest.run("--data-dir", jd(), "sync", "import", broken.toString())).isEqualTo(1);
        assertThat(io.err()).contains("broken.qzb").contains("损坏");
    }

    @Test
    void syncBenchmarkReportsEachPhaseAgainstBothBaselines() throws Exception {
        assertThat(CliTest.run("bench", "sync", "--revisions", "300")).isZero();
        assertThat(io.out()).contains("300 条修订").contains("导入新增 300 条记录")
                .containsPattern("导出：墙钟 [\\d,]+ ms，CPU [\\d,]+ ms")
                .containsPattern("导入：墙钟 [\\d,]+ ms，CPU [\\d,]+ ms；为裸插入的 [\\d.]+×")
                .contains("存储下限");
    }
}
