package cn.quanze.cases.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.i18n.I18n;
import cn.quanze.cases.data.CaseRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics workbook holds what the report computed: per unit, per power item, and the overdue list. */
class CaseStatsXlsxTest {
    @TempDir
    Path dir;

    @Test
    void exportedWorkbookMatchesTheReport() throws Exception {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        try (Workbench wb = TestWorkbench.withDemo(dir.resolve("d"))) {
            CaseStatsReport r = CaseStatsReport.of(CaseRows.load(wb.cases(), wb.departments(), wb.powers(),
                    wb.cases().today()), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30));
            Path f = dir.resolve("统计.xlsx");
            CaseStatsXlsx.write(r, f);
            try (XSSFWorkbook x = new XSSFWorkbook(Files.newInputStream(f))) {
                assertThat(x.getNumberOfSheets()).isEqualTo(3);
                Sheet dept = x.getSheet("按承办单位");
                assertThat(dept.getRow(1).getCell(0).getStringCellValue()).isEqualTo("承办单位");
                Row total = dept.getRow(1 + r.byDepartment().size());
                assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
                assertThat((int) total.getCell(1).getNumericCellValue())
                        .isEqualTo(r.byDepartment().get(r.byDepartment().size() - 1).received());
                assertThat(x.getSheet("逾期清单").getLastRowNum()).isEqualTo(r.overdue().size());
                assertThat(x.getSheet("按权力事项").getLastRowNum()).isEqualTo(1 + r.byPower().size());
            }
            assertThat(Files.list(dir).filter(p -> p.getFileName().toString().startsWith("quanze-stats"))).isEmpty();
        }
    }
}
