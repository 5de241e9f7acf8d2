package cn.quanze.core.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table of text to an XLSX sheet (bold, frozen header row; streaming, so 100k rows stay small in
 * memory). The file appears complete or not at all: it is written beside the target and then moved.
 */
public final class XlsxTable {
    private XlsxTable() {
    }

    public static void write(Path file, String sheetName, List<String> headers, List<List<String>> rows)
            throws IOException {
        AtomicFile.write(file, out -> {
          try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle head = XlsxStyles.header(wb);
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i).setCellValue(headers.get(i));
                h.getCell(i).setCellStyle(head);
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    row.createCell(i).setCellValue(v == null ? "" : v.length() > 32_000 ? v.substring(0, 32_000) : v);
                }
            }
            wb.write(out);
            wb.dispose();
          }
        });
    }
}
