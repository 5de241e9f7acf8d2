package cn.quanze.cases.files;

import cn.quanze.core.files.CsvTable;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.core.db.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Cases as a flat listing for the command line: JSON (one array) or CSV with a header row. */
public final class CaseListing {
    public static final List<String> COLUMNS = List.of("number", "matter", "applicant", "powerCode", "powerName",
            "department", "received", "legalLimitDays", "promisedLimitDays", "due", "legalDue", "daysLeft", "state",
            "light", "level", "overdue", "unconfirmedCalendar", "completed");

    private CaseListing() {
    }

    /** One case as listed: the fields of {@link #COLUMNS}, in that order. */
    public static Map<String, Object> fields(CaseRow r) {
        var f = r.history().file();
        var p = r.progress();
        Object[] values = {f.number(), f.matter(), f.applicant(), r.powerCode(), r.powerName(), r.departmentName(),
            f.receivedOn().toString(), f.legalLimitDays() + p.extensionDays(), f.promisedLimitDays(),
            p.due().toString(), p.legalDue().toString(), p.isOpen() ? p.daysLeft() : null, p.state().name(),
            p.light().name(), p.level().name(), p.overdue(), p.unconfirmed(),
            p.completedOn() == null ? null : p.completedOn().toString()};
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            m.put(COLUMNS.get(i), values[i]);
        }
        return m;
    }

    public static String json(List<CaseRow> rows) {
        return Json.write(rows.stream().map(CaseListing::fields).toList());
    }

    public static String csv(List<CaseRow> rows) {
        return CsvTable.write(COLUMNS, rows.stream().map(r -> List.copyOf(fields(r).values().stream()
                .map(v -> v == null ? "" : Objects.toString(v)).toList())).toList());
    }
}
