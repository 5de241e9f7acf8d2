package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code quanze duties gaps|export|import} on the demo data. */
class DutiesCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final CliCapture io = new CliCapture();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliTest.run(all);
    }

    private String stdout() {
        return io.take();
    }

    @Test
    void gapsExportAndImport() throws Exception {
        run("init", "--office-code", "QU", "--office-name", "徐汇区人民政府办公室", "--level", "district", "--demo");
        stdout();
        assertThat(run("duties", "gaps")).isZero();
        String text = stdout();
        assertThat(text.lines()).hasSize(8).anySatisfy(l -> assertThat(l).isEqualTo(
                "无责任事项\tJL-SCJ-001\t食品安全违法行为举报奖励\t区市场监管局"));
        assertThat(run("duties", "gaps", "--format", "json")).isZero();
        assertThat(stdout().lines()).hasSize(8).allSatisfy(l -> assertThat(l).startsWith("{").contains("\"kind\":"));

        Path xlsx = dir.resolve("scj.xlsx");
        assertThat(run("duties", "export", "--department", "SCJ", xlsx.toString())).isZero();
        assertThat(stdout()).contains("已导出 区市场监管局 的权责清单");
        assertThat(run("duties", "export", "--department", "SCJ", dir.resolve("scj.pdf").toString()))
                .isEqualTo(QuanzeCommand.USAGE);
        assertThat(run("duties", "export", "--department", "NOPE", xlsx.toString())).isEqualTo(QuanzeCommand.FAILED);

        assertThat(run("duties", "import", xlsx.toString(), "--dry-run")).isZero();
        assertThat(stdout()).contains("新增 0 项，更新 0 项，未变 7 项，无效 0 行").contains("试运行");
        Files.writeString(dir.resolve("bad.xlsx"), "not a workbook");
        assertThat(run("duties", "import", dir.resolve("bad.xlsx").toString())).isEqualTo(QuanzeCommand.FAILED);
        assertThat(io.err()).contains("bad.xlsx");
    }
}
