package cn.quanze.org.files;

import cn.quanze.core.files.CsvTable;
import cn.quanze.core.db.Json;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit list for the command line: a table (indented by level, with the 撤销 date), JSON (one array, an object
 * per unit with every field) or CSV (the import layout).
 */
public final class UnitListing {
    private UnitListing() {
    }

    public static String table(List<Department> units) {
        Map<String, Department> byId = new HashMap<>();
        units.forEach(d -> byId.put(d.id(), d));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {I18n.t("units.excel.col.code"), I18n.t("units.excel.col.name"),
                I18n.t("units.excel.col.shortName"), I18n.t("units.excel.col.kind"), I18n.t("units.list.state")});
        for (Department d : UnitRules.treeOrder(units)) {
            rows.add(new String[] {d.code(), "  ".repeat(depth(d, byId)) + d.name(), nz(d.shortName()),
                    I18n.of(d.kind()), d.retiredOn() == null ? I18n.t("units.list.active")
                            : I18n.t("units.list.retired", d.retiredOn().toString())});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], displayWidth(r[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                sb.append(r[i]);
                if (i < r.length - 1) {
                    sb.append(" ".repeat(width[i] - displayWidth(r[i]) + 2));
                }
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    public static String json(List<Department> units) {
        Map<String, Department> byId = new HashMap<>();
        units.forEach(d -> byId.put(d.id(), d));
        List<Map<String, Object>> out = UnitRules.treeOrder(units).stream().map(d -> {
            Department parent = d.parentId() == null ? null : byId.get(d.parentId());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("code", d.code());
            m.put("name", d.name());
            m.put("shortName", d.shortName());
            m.put("aliases", d.aliases());
            m.put("kind", d.kind().name());
            m.put("kindName", I18n.of(d.kind()));
            m.put("parentCode", parent == null ? null : parent.code());
            m.put("parentName", parent == null ? null : parent.name());
            m.put("sortOrder", d.sortOrder());
            m.put("phone", d.phone());
            m.put("head", d.head());
            m.put("retiredOn", d.retiredOn() == null ? null : d.retiredOn().toString());
            m.put("demo", d.demo());
            return m;
        }).toList();
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String csv(List<Department> units) {
        return CsvTable.write(UnitColumns.LAYOUT.stream().map(UnitColumns::label).toList(), UnitExport.cells(units));
    }

    private static int depth(Department d, Map<String, Department> byId) {
        int n = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String p = d.parentId(); p != null && byId.containsKey(p) && seen.add(p); p = byId.get(p).parentId()) {
            n++;
        }
        return n;
    }

    /** Columns a terminal gives the text: two for a CJK or full-width character. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            w += c >= 0x1100 && (c <= 0x115f || c >= 0x2e80 && c <= 0xa4cf || c >= 0xac00 && c <= 0xd7a3
                    || c >= 0xf900 && c <= 0xfaff || c >= 0xfe30 && c <= 0xfe4f || c >= 0xff00 && c <= 0xff60
                    || c >= 0xffe0 && c <= 0xffe6 || c >= 0x20000) ? 2 : 1;
            i += Character.charCount(c);
        }
        return w;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
