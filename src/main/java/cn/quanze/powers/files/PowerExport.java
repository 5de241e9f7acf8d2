package cn.quanze.powers.files;

import cn.quanze.core.files.XlsxStyles;
import cn.quanze.core.files.AtomicFile;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.core.i18n.I18n;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes power items to .xlsx with POI's streaming writer: a bold header, frozen top row, column widths and
 * wrapped text. {@link #full} writes every column in the import layout (so export → import round-trips);
 * {@link #shown} writes the chosen columns, with the process drawn as a small text flow chart.
 */
public final class PowerExport {
    private static final Map<String, Integer> WIDTHS = Map.ofEntries(Map.entry(PowerColumns.CODE, 18),
            Map.entry(PowerColumns.NAME, 30), Map.entry(PowerColumns.SUB_NAME, 26), Map.entry(PowerColumns.BASES, 60),
            Map.entry(PowerColumns.DEPARTMENT, 22), Map.entry(PowerColumns.OFFICE, 18),
            Map.entry(PowerColumns.DISCRETION, 40), Map.entry(PowerColumns.STEPS, 34),
            Map.entry(PowerColumns.CONDITIONS, 36), Map.entry(PowerColumns.MATERIALS, 36),
            Map.entry(PowerColumns.REMARKS, 24));

    private PowerExport() {
    }

    public static int full(Path file, List<PowerItem> items, List<Department> departments) {
        return write(file, PowerColumns.LAYOUT, items, departments, false);
    }

    public static int shown(Path file, List<String> fields, List<PowerItem> items, List<Department> departments) {
        return write(file, fields, items, departments, true);
    }

    private static int write(Path file, List<String> fields, List<PowerItem> items, List<Department> departments,
                             boolean forReading) {
        Map<String, Department> deptById = new HashMap<>();
        departments.forEach(d -> deptById.put(d.id(), d));
        Map<String, PowerItem> byId = new HashMap<>();
        items.forEach(p -> byId.put(p.id(), p));
        AtomicFile.write(file, out -> {
          try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(I18n.t("powers.excel.sheet"));
            CellStyle header = XlsxStyles.header(wb);
            CellStyle wrap = XlsxStyles.wrapped(wb);
            Row h = sheet.createRow(0);
            for (int c = 0; c < fields.size(); c++) {
                h.createCell(c).setCellValue(PowerColumns.label(fields.get(c)));
                h.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS.getOrDefault(fields.get(c), 12) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (PowerItem p : items) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < fields.size(); c++) {
                    String v = value(fields.get(c), p, byId, deptById, forReading);
                    if (!v.isEmpty()) {
                        row.createCell(c).setCellValue(v);
                        row.getCell(c).setCellStyle(wrap);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
          }
        });
        return items.size();
    }

    /** The cells of the import layout (or chosen fields) as text, one list per item: for CSV and previews. */
    public static List<List<String>> cells(List<String> fields, List<PowerItem> items, List<Department> departments) {
        Map<String, Department> deptById = new HashMap<>();
        departments.forEach(d -> deptById.put(d.id(), d));
        Map<String, PowerItem> byId = new HashMap<>();
        items.forEach(p -> byId.put(p.id(), p));
        return items.stream().map(p -> fields.stream().map(f -> value(f, p, byId, deptById, false)).toList()).toList();
    }

    static String value(String field, PowerItem p, Map<String, PowerItem> byId, Map<String, Department> depts,
                        boolean forReading) {
        PowerItem parent = p.parentId() == null ? null : byId.get(p.parentId());
        PowerItem.ServiceGuide g = p.guide();
        return switch (field) {
            case PowerColumns.CODE -> p.code();
            case PowerColumns.NAME -> parent != null ? parent.name() : p.name();
            case PowerColumns.SUB_NAME -> parent != null ? p.name() : "";
            case PowerColumns.PARENT_CODE -> parent != null ? parent.code() : "";
            case PowerColumns.TYPE -> p.type().officialName();
            case PowerColumns.BASES -> PowerColumns.basesCell(p.bases());
            case PowerColumns.DEPARTMENT -> depts.containsKey(p.departmentId()) ? depts.get(p.departmentId()).name() : "";
            case PowerColumns.OFFICE -> PowerColumns.nz(p.undertakingOffice());
            case PowerColumns.LEVEL -> p.level() == null ? "" : p.level() == cn.quanze.core.domain.OfficeLevel.DISTRICT
                    ? "区" : "街道";
            case PowerColumns.LEGAL_LIMIT -> PowerColumns.daysCell(p.legalLimitDays());
            case PowerColumns.PROMISED_LIMIT -> PowerColumns.daysCell(p.promisedLimitDays());
            case PowerColumns.FEE_BASIS -> p.fee() == null ? "" : PowerColumns.nz(p.fee().basis());
            case PowerColumns.FEE_STANDARD -> p.fee() == null ? "" : PowerColumns.nz(p.fee().standard());
            case PowerColumns.DISCRETION -> PowerColumns.discretionCell(p.discretion());
            case PowerColumns.STEPS -> forReading ? PowerColumns.stepsChart(p.steps()) : PowerColumns.stepsCell(p.steps());
            case PowerColumns.CONDITIONS -> g == null ? "" : PowerColumns.nz(g.conditions());
            case PowerColumns.MATERIALS -> g == null ? "" : PowerColumns.nz(g.materials());
            case PowerColumns.LOCATION -> g == null ? "" : PowerColumns.nz(g.location());
            case PowerColumns.HOURS -> g == null ? "" : PowerColumns.nz(g.hours());
            case PowerColumns.PHONE -> g == null ? "" : PowerColumns.nz(g.phone());
            case PowerColumns.SUPERVISION_PHONE -> g == null ? "" : PowerColumns.nz(g.supervisionPhone());
            case PowerColumns.STATUS -> p.status().officialName();
            case PowerColumns.REMARKS -> PowerColumns.nz(p.remarks());
            default -> throw new IllegalArgumentException(field);
        };
    }
}
