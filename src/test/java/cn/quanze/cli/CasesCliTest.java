package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.db.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** quanze cases list|stats|import and quanze calendar import, in-process. */
class CasesCliTest {
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

    private String stdout() {
        return io.take();
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("d").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliTest.run(all);
    }

    @Test
    void listAsJsonArrayAndCsvAndByLight() throws Exception {
        assertThat(run("cases", "list", "--format", "json")).isZero();
        JsonNode all = Json.MAPPER.readTree(stdout());
        assertThat(all.isArray()).isTrue();
        assertThat(all.size()).isGreaterThanOrEqualTo(36);
        assertThat(all.get(0).has("daysLeft")).isTrue();
        assertThat(run("cases", "list", "--format", "json", "--light", "red")).isZero();
        JsonNode red = Json.MAPPER.readTree(stdout());
        assertThat(red.size()).isPositive().isLessThan(all.size());
        red.forEach(n -> assertThat(n.get("light").asText()).isEqualTo("RED"));
        assertThat(run("cases", "list", "--format", "csv")).isZero();
        String csv = stdout();
        assertThat(csv.split("\r\n")[0]).startsWith("number,matter,applicant");
        assertThat(csv.split("\r\n")).hasSize(all.size() + 1);
        assertThat(run("cases", "list", "--light", "purple")).isEqualTo(QuanzeCommand.USAGE);
    }

    @Test
    void statsAsJsonWithATotalRow() throws Exception {
        assertThat(run("cases", "stats", "--from", "2026-10-01", "--to", "2026-11-30", "--format", "json")).isZero();
        JsonNode s = Json.MAPPER.readTree(stdout());
        JsonNode total = s.get("byDepartment").get(s.get("byDepartment").size() - 1);
        assertThat(total.get("key").asText()).isEqualTo("TOTAL");
        assertThat(total.get("received").asInt()).isGreaterThanOrEqualTo(36);
        assertThat(total.get("completed").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(s.get("overdue").size()).isPositive();
        assertThat(run("cases", "stats", "--from", "2026-12-01", "--to", "2026-11-01")).isEqualTo(QuanzeCommand.USAGE);
    }

    private Path ledger(String name, String[][] rows) throws Exception {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("办件台账");
            s.createRow(0).createCell(0).setCellValue("2026年10月办件台账");
            String[] head = {"办件编号", "权力事项编码", "类别", "申请人", "申请事项", "受理日期", "法定时限", "承诺时限",
                "承办单位", "承办人", "办结日期", "办理结果"};
            Row h = s.createRow(1);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(o);
        }
        return f;
    }

    @Test
    void importChecksEveryRowFirstThenWritesAll() throws Exception {
        Path bad = ledger("bad.xlsx", new String[][] {
            {"QU-2026-90001", "XK-SCJ-001-01", "", "上海甲餐饮有限公司", "食品经营许可（新办）", "2026-10-8", "", "", "", "张丽",
                "2026-10-14", "准予许可"},
            {"QU-2026-90002", "XK-NOPE-9", "", "乙公司", "不存在的事项", "2026-10-40", "", "", "", "", "", ""},
        });
        assertThat(run("cases", "import", bad.toString())).isEqualTo(QuanzeCommand.FAILED);
        String e = io.err();
        assertThat(e).contains("bad.xlsx").contains("第 4 行").contains("权力事项编码").contains("XK-NOPE-9")
                .contains("受理日期").contains("2026-10-40").contains("未导入任何办件");
        Path good = ledger("good.xlsx", new String[][] {
            {"QU-2026-90001", "XK-SCJ-001-01", "", "上海甲餐饮有限公司", "食品经营许可（新办）", "2026-10-08", "", "", "", "张丽",
                "2026年10月14日", "准予许可"},
            {"", "", "12345热线", "市民王先生", "噪音扰民投诉", "2026/11/20", "5", "", "区城管执法局", "李娜", "", ""},
        });
        assertThat(run("cases", "import", good.toString())).isZero();
        assertThat(stdout()).contains("已从 good.xlsx 导入 2 件办件");
        run("cases", "list", "--format", "json");
        JsonNode all = Json.MAPPER.readTree(stdout());
        JsonNode imported = null;
        for (JsonNode n : all) {
            if (n.get("number").asText().equals("QU-2026-90001")) {
                imported = n;
            }
        }
        assertThat(imported).isNotNull();
        assertThat(imported.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(imported.get("legalLimitDays").asInt()).isEqualTo(20);
    }

    @Test
    void calendarImportSaysHowManyDeadlinesMoved() throws Exception {
        Path f = Path.of(getClass().getResource("/calendar/2027.json").toURI());
        assertThat(run("calendar", "import", f.toString())).isZero();
        assertThat(stdout()).contains("已导入 2027 年放假安排").contains("件在办事项的期限随之变动");
        assertThat(run("calendar", "years")).isZero();
        assertThat(stdout()).contains("2027年：已发布");
        Path broken = Path.of(getClass().getResource("/calendar/broken.json").toURI());
        assertThat(run("calendar", "import", broken.toString())).isEqualTo(QuanzeCommand.FAILED);
        assertThat(io.err()).contains("broken.json");
    }
}
