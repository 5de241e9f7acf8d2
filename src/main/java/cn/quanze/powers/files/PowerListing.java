package cn.quanze.powers.files;

import cn.quanze.core.files.CsvTable;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.core.db.Json;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The power list as JSON (one array, an object per item with all its fields) or CSV (the import layout). */
public final class PowerListing {
    private PowerListing() {
    }

    public static String json(List<PowerItem> items, List<Department> departments) {
        Map<String, Department> depts = new HashMap<>();
        departments.forEach(d -> depts.put(d.id(), d));
        Map<String, PowerItem> byId = new HashMap<>();
        items.forEach(p -> byId.put(p.id(), p));
        List<Map<String, Object>> out = items.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            Department d = depts.get(p.departmentId());
            PowerItem parent = p.parentId() == null ? null : byId.get(p.parentId());
            m.put("id", p.id());
            m.put("code", p.code());
            m.put("name", p.name());
            m.put("type", p.type().officialName());
            m.put("parentCode", parent == null ? null : parent.code());
            m.put("parentName", parent == null ? null : parent.name());
            m.put("department", d == null ? null : d.name());
            m.put("departmentCode", d == null ? null : d.code());
            m.put("undertakingOffice", p.undertakingOffice());
            m.put("level", p.level());
            m.put("legalLimitDays", p.legalLimitDays());
            m.put("promisedLimitDays", p.promisedLimitDays());
            m.put("fee", p.fee());
            m.put("bases", p.bases());
            m.put("discretion", p.discretion());
            m.put("steps", p.steps());
            m.put("guide", p.guide());
            m.put("status", p.status().officialName());
            m.put("remarks", p.remarks());
            m.put("demo", p.demo());
            return m;
        }).toList();
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String csv(List<PowerItem> items, List<Department> departments) {
        return CsvTable.write(PowerColumns.LAYOUT.stream().map(PowerColumns::label).toList(),
                PowerExport.cells(PowerColumns.LAYOUT, items, departments));
    }
}
