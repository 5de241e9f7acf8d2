package cn.quanze.cases.files;

import cn.quanze.core.files.XlsxStyles;
import cn.quanze.core.files.AtomicFile;
import cn.quanze.cases.domain.CaseStatistics;
import cn.quanze.core.i18n.I18n;
import cn.quanze.cases.data.CaseRows.CaseRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link CaseStatsReport} as an XLSX workbook: 按部门, 按权力事项, 逾期清单. */
public final class CaseStatsXlsx {
    private CaseStatsXlsx() {
    }

    public static void write(CaseStatsReport report, Path file) throws IOException {
        AtomicFile.write(file, out -> {
          try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = XlsxStyles.header(wb);
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle dec = wb.createCellStyle();
            dec.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            groups(wb.createSheet(I18n.t("cases.stats.sheet.department")), I18n.t("cases.stats.col.department"),
                    report, report.byDepartment(), head, pct, dec);
            groups(wb.createSheet(I18n.t("cases.stats.sheet.power")), I18n.t("cases.stats.col.power"), report,
                    report.byPower(), head, pct, dec);
            overdue(wb.createSheet(I18n.t("cases.stats.sheet.overdue")), report.overdue(), head);
            wb.write(out);
          }
        });
    }

    private static void groups(Sheet s, String keyTitle, CaseStatsReport r, List<CaseStatistics.Row> rows,
                               CellStyle head, CellStyle pct, CellStyle dec) {
        Row title = s.createRow(0);
        title.createCell(0).setCellValue(I18n.t("cases.stats.period", r.from(), r.to()));
        String[] cols = {keyTitle, I18n.t("cases.stats.col.received"), I18n.t("cases.stats.col.completed"),
            I18n.t("cases.stats.col.onTimePromised"), I18n.t("cases.stats.col.onTimeLegal"),
            I18n.t("cases.stats.col.overdueOpen"), I18n.t("cases.stats.col.avgUsed"),
            I18n.t("cases.stats.col.avgPromised"), I18n.t("cases.stats.col.speedUp")};
        Row h = s.createRow(1);
        for (int i = 0; i < cols.length; i++) {
            h.createCell(i).setCellValue(cols[i]);
            h.getCell(i).setCellStyle(head);
        }
        int n = 2;
        for (CaseStatistics.Row x : rows) {
            Row row = s.createRow(n++);
            row.createCell(0).setCellValue(x.key() == null ? I18n.t("cases.stats.total") : x.key());
            row.createCell(1).setCellValue(x.received());
            row.createCell(2).setCellValue(x.completed());
            row.createCell(3).setCellValue(x.onTimePromisedRate());
            row.getCell(3).setCellStyle(pct);
            row.createCell(4).setCellValue(x.onTimeLegalRate());
            row.getCell(4).setCellStyle(pct);
            row.createCell(5).setCellValue(x.overdueOpen());
            row.createCell(6).setCellValue(x.avgUsedDays());
            row.getCell(6).setCellStyle(dec);
            row.createCell(7).setCellValue(x.avgPromisedDays());
            row.getCell(7).setCellStyle(dec);
            row.createCell(8).setCellValue(x.speedUpRate());
            row.getCell(8).setCellStyle(pct);
        }
        s.setColumnWidth(0, 40 * 256);
        for (int i = 1; i < cols.length; i++) {
            s.setColumnWidth(i, 14 * 256);
        }
        s.createFreezePane(1, 2);
    }

    private static void overdue(Sheet s, List<CaseRow> rows, CellStyle head) {
        String[] cols = {I18n.t("cases.col.number"), I18n.t("cases.col.matter"), I18n.t("cases.col.department"),
            I18n.t("cases.col.received"), I18n.t("cases.col.due"), I18n.t("cases.col.state"),
            I18n.t("cases.col.daysLeft")};
        Row h = s.createRow(0);
        for (int i = 0; i < cols.length; i++) {
            h.createCell(i).setCellValue(cols[i]);
            h.getCell(i).setCellStyle(head);
        }
        int n = 1;
        for (CaseRow r : rows) {
            Row row = s.createRow(n++);
            row.createCell(0).setCellValue(r.history().file().number());
            row.createCell(1).setCellValue(r.history().file().matter());
            row.createCell(2).setCellValue(r.departmentName());
            row.createCell(3).setCellValue(r.history().file().receivedOn().toString());
            row.createCell(4).setCellValue(r.progress().due().toString());
            row.createCell(5).setCellValue(I18n.of(r.progress().state()));
            row.createCell(6).setCellValue(r.progress().daysLeft());
        }
        s.setColumnWidth(1, 40 * 256);
        s.setColumnWidth(0, 18 * 256);
        s.setColumnWidth(2, 20 * 256);
    }
}
