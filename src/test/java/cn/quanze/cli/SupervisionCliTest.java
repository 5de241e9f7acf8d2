package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.db.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** quanze supervision list|import and quanze report supervision|notice on the demo data. */
class SupervisionCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final CliCapture io = new CliCapture();

    @BeforeEach
    void capture() {
        assertThat(CliTest.run("--data-dir", dir.toString(), "init", "--office-code", "QU", "--office-name",
                "徐汇区人民政府办公室", "--level", "district", "--demo")).isZero();
        io.clear();
    }

    private String stdout() {
        return io.out();
    }

    @Test
    void listsAsOneJsonArrayAndAsCsv() throws Exception {
        assertThat(CliTest.run("--data-dir", dir.toString(), "supervision", "list", "--format", "json")).isZero();
        List<Map<String, Object>> items = Json.MAPPER.readValue(stdout(), List.class);
        assertThat(items).hasSize(61);
        assertThat(items).extracting(m -> m.get("state")).contains("办理中", "已办结", "撤销");
        io.clear();
        assertThat(CliTest.run("--data-dir", dir.toString(), "supervision", "list", "--format", "csv", "--state",
                "暂缓")).isZero();
        String[] lines = stdout().split("\r\n");
        assertThat(lines[0]).startsWith("number,title,");
        assertThat(lines).hasSize(3);
        assertThat(CliTest.run("--data-dir", dir.toString(), "supervision", "list", "--format", "xml"))
                .isEqualTo(QuanzeCommand.USAGE);
    }

    @Test
    void reportsAndNoticesAreWritten() throws Exception {
        for (String f : new String[] {"docx", "pdf", "xlsx"}) {
            Path target = dir.resolve("专报." + f);
            assertThat(CliTest.run("--data-dir", dir.toString(), "report", "supervision", "--from", "2026-01-01",
                    "--to", "2026-11-22", "--format", f, "--out", target.toString())).isZero();
            assertThat(Files.size(target)).isGreaterThan(3000);
        }
        CliTest.run("--data-dir", dir.toString(), "supervision", "list", "--format", "json", "--state", "办理中");
        List<Map<String, Object>> items = Json.MAPPER.readValue(stdout().substring(stdout().indexOf('[')), List.class);
        String number = (String) items.get(0).get("number");
        Path notice = dir.resolve("通知单.pdf");
        assertThat(CliTest.run("--data-dir", dir.toString(), "report", "notice", number, "--format", "pdf", "--out",
                notice.toString())).isZero();
        assertThat(notice).exists();
        assertThat(CliTest.run("--data-dir", dir.toString(), "report", "notice", "督办〔2026〕999号", "--format", "pdf",
                "--out", notice.toString())).isEqualTo(QuanzeCommand.FAILED);
        assertThat(io.err()).contains("找不到督办事项");
    }

    @Test
    void importDryRunThenForReal() throws Exception {
        Path ledger = dir.resolve("台账.xlsx");
        try (var wb = cn.quanze.TestWorkbench.open(dir)) {
            wb.ledger().export(wb.supervisionBoard().snapshot(java.time.LocalDate.of(2026, 11, 22)).entries(), ledger);
        }
        assertThat(CliTest.run("--data-dir", dir.toString(), "supervision", "import", ledger.toString(), "--dry-run"))
                .isZero();
        assertThat(stdout()).contains("试运行").contains("新建督办事项 0 项").contains("无变化 61 行");
        assertThat(CliTest.run("--data-dir", dir.toString(), "supervision", "import", dir.resolve("无.xlsx")
                .toString())).isEqualTo(QuanzeCommand.USAGE);
    }
}
