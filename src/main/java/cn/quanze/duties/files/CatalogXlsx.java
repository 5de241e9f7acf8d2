package cn.quanze.duties.files;

import cn.quanze.core.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link CatalogTable} as a print-ready worksheet: title, header, merged cells per power item. */
public final class CatalogXlsx {
    static final String BODY_FONT = "仿宋";
    static final String HEAD_FONT = "黑体";
    private static final int[] WIDTHS = {6, 10, 16, 22, 18, 40, 60, 60};

    private CatalogXlsx() {
    }

    public static void write(CatalogTable table, Path file) throws IOException {
        AtomicFile.write(file, out -> {
          try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("权责清单");
            CellStyle title = style(wb, HEAD_FONT, 16, true, HorizontalAlignment.CENTER, false);
            CellStyle head = style(wb, HEAD_FONT, 11, true, HorizontalAlignment.CENTER, true);
            CellStyle center = style(wb, BODY_FONT, 10, false, HorizontalAlignment.CENTER, true);
            CellStyle left = style(wb, BODY_FONT, 10, false, HorizontalAlignment.LEFT, true);
            Row t = sheet.createRow(0);
            t.setHeightInPoints(30);
            t.createCell(0).setCellValue(table.title());
            t.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, CatalogTable.HEADERS.size() - 1));
            Row h = sheet.createRow(1);
            for (int c = 0; c < CatalogTable.HEADERS.size(); c++) {
                h.createCell(c).setCellValue(CatalogTable.HEADERS.get(c));
                h.getCell(c).setCellStyle(head);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 2;
            for (CatalogTable.Group g : table.groups()) {
                int first = r;
                for (CatalogTable.Line line : g.lines()) {
                    Row row = sheet.createRow(r);
                    boolean lead = r == first;
                    String[] values = {lead ? String.valueOf(g.number()) : "", lead ? g.type() : "", lead ? g.code() : "",
                            lead ? g.name() : "", line.subItem(), line.basis(),
                            !g.dutySpans() || lead ? line.duties() : "", !g.dutySpans() || lead ? line.cases() : ""};
                    for (int c = 0; c < values.length; c++) {
                        row.createCell(c).setCellValue(values[c]);
                        row.getCell(c).setCellStyle(c < 5 ? center : left);
                    }
                    r++;
                }
                if (r - first > 1) {
                    for (int c = 0; c < 4; c++) {
                        sheet.addMergedRegion(new CellRangeAddress(first, r - 1, c, c));
                    }
                    if (g.dutySpans()) {
                        sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 6, 6));
                        sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 7, 7));
                    }
                }
            }
            sheet.createFreezePane(0, 2);
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, CatalogTable.HEADERS.size() - 1));
            PrintSetup ps = sheet.getPrintSetup();
            ps.setLandscape(true);
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setAutobreaks(true);
            sheet.setFitToPage(true);
            wb.write(out);
          }
        });
    }

    private static CellStyle style(XSSFWorkbook wb, String fontName, int points, boolean bold, HorizontalAlignment align,
                                   boolean border) {
        Font f = wb.createFont();
        f.setFontName(fontName);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
