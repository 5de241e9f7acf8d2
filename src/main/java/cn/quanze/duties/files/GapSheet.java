package cn.quanze.duties.files;

import cn.quanze.core.files.XlsxStyles;
import cn.quanze.core.files.AtomicFile;
import cn.quanze.duties.domain.Gap;
import cn.quanze.core.i18n.I18n;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The "有权必有责" gap report as a worksheet: kind, code, name, unit. */
public final class GapSheet {
    private GapSheet() {
    }

    public static void write(List<Gap> gaps, Function<String, String> unitName, Path file) throws IOException {
        AtomicFile.write(file, out -> {
          try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(I18n.t("duties.gaps.sheet"));
            org.apache.poi.ss.usermodel.CellStyle head = XlsxStyles.header(wb);
            String[] heads = {I18n.t("duties.col.gapKind"), I18n.t("duties.col.code"), I18n.t("duties.col.name"),
                    I18n.t("duties.col.department")};
            Row h = sheet.createRow(0);
            for (int c = 0; c < heads.length; c++) {
                h.createCell(c).setCellValue(heads[c]);
                h.getCell(c).setCellStyle(head);
            }
            int r = 1;
            for (Gap g : gaps) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(I18n.of(g.kind()));
                row.createCell(1).setCellValue(g.code());
                row.createCell(2).setCellValue(g.name());
                row.createCell(3).setCellValue(unitName.apply(g.departmentId()));
            }
            int[] widths = {16, 18, 40, 24};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
          }
        });
    }
}
