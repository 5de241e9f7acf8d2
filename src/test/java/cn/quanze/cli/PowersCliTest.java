package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.files.HeaderDetectorTest;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** quanze powers import / export / list. */
class PowersCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final CliCapture io = new CliCapture();

    @BeforeEach
    void capture() {
        CliTest.run("--data-dir", dir.resolve("d").toString(), "init", "--office-code", "QU", "--office-name", "区府办",
                "--level", "district", "--demo");
        io.clear();
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("d").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliTest.run(all);
    }

    private Path workbook(boolean bad) throws Exception {
        Path f = dir.resolve("in.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(f)) {
            XSSFSheet s = book.createSheet("清单");
            HeaderDetectorTest.row(s, 0, "职权编码", "事项名称", "职权类型", "实施主体", "法定时限", "承诺时限");
            HeaderDetectorTest.row(s, 1, "QT-CLI-001", "命令行导入事项", "其他", "民政局", 10, 5);
            if (bad) {
                HeaderDetectorTest.row(s, 2, "QT-CLI-002", "坏事项", "未知类", "民政局", 10, 5);
            }
            book.write(o);
        }
        return f;
    }

    @Test
    void importReportsAndExitsOneWhenNothingWasWritten() throws Exception {
        Path bad = workbook(true);
        assertThat(run("powers", "import", bad.toString(), "--dry-run")).isEqualTo(1);
        assertThat(run("powers", "import", bad.toString())).isEqualTo(1);
        assertThat(io.out()).contains("新增 1 项，更新 0 项，未变 0 项，无效 1 行");
        assertThat(io.err()).contains("工作表“清单”第 3 行 C 列（职权类型）：未知的职权类型“未知类”")
                .contains("未写入任何数据");
        assertThat(run("powers", "import", bad.toString(), "--skip-invalid")).isZero();
        io.clear();
        assertThat(run("powers", "import", workbook(false).toString())).isZero();
        assertThat(io.out()).contains("新增 0 项，更新 0 项，未变 1 项，无效 0 行");
        assertThat(run("powers", "import", dir.resolve("无此文件.xlsx").toString())).isEqualTo(1);
        assertThat(io.err()).contains("找不到文件“无此文件.xlsx”");
    }

    @Test
    void exportThenListAsJsonAndCsv() throws Exception {
        Path f = dir.resolve("out.xlsx");
        assertThat(run("powers", "export", f.toString())).isZero();
        assertThat(Files.size(f)).isPositive();
        assertThat(run("powers", "import", f.toString(), "--dry-run")).isZero();
        assertThat(io.out()).contains("更新 0 项");
        io.clear();
        assertThat(run("powers", "list", "--format", "json")).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(io.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(70);
        var sub = java.util.stream.StreamSupport.stream(json.spliterator(), false)
                .filter(n -> n.get("code").asText().equals("XK-SCJ-001-01")).findFirst().orElseThrow();
        assertThat(sub.get("parentCode").asText()).isEqualTo("XK-SCJ-001");
        assertThat(sub.get("bases").isArray()).isTrue();
        io.clear();
        assertThat(run("powers", "list", "--format", "csv")).isZero();
        String csv = io.out();
        assertThat(csv).startsWith("职权编码,事项名称,子项名称,主项编码,职权类型").contains("XK-SCJ-001-01");
    }
}
