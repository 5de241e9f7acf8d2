package cn.quanze.cases.data;

import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.powers.data.PowerItemRepository;
import cn.quanze.cases.domain.CaseClock;
import cn.quanze.cases.domain.CaseHistory;
import cn.quanze.cases.domain.CaseProgress;
import cn.quanze.cases.domain.CaseStatistics;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cases as shown in tables and lists: each with its progress on a day and the names of its unit and power item. */
public final class CaseRows {
    /** One case as listed (its progress without steps: see {@link CaseClock#summary}). {@code powerCode}/{@code powerName} are empty for work that is not power-based. */
    public record CaseRow(CaseHistory history, CaseProgress progress, String departmentName, String powerCode,
                          String powerName) {
        public String id() {
            return history.file().id();
        }

        public CaseStatistics.Entry entry() {
            return new CaseStatistics.Entry(history.file(), progress);
        }
    }

    private CaseRows() {
    }

    public static List<CaseRow> load(CaseLedger ledger, DepartmentRepository departments, PowerItemRepository powers,
                                     LocalDate today) {
        Map<String, String> deptNames = new HashMap<>();
        for (Department d : departments.all()) {
            deptNames.put(d.id(), d.name());
        }
        Map<String, PowerItem> powerById = new HashMap<>();
        for (PowerItem p : powers.all()) {
            powerById.put(p.id(), p);
        }
        CaseClock clock = ledger.clockFor();
        return ledger.all().stream().map(h -> {
            PowerItem p = h.file().powerItemId() == null ? null : powerById.get(h.file().powerItemId());
            return new CaseRow(h, clock.summary(h.file(), h.events(), today),
                    deptNames.getOrDefault(h.file().departmentId(), ""), p == null ? "" : p.code(),
                    p == null ? (h.file().nonPowerCategory() == null ? "" : h.file().nonPowerCategory()) : p.name());
        }).toList();
    }

    /** Re-evaluates rows on another day (lights move with the clock without reading the store again). */
    public static List<CaseRow> reevaluate(List<CaseRow> rows, CaseClock clock, LocalDate day) {
        return rows.stream().map(r -> new CaseRow(r.history(), clock.summary(r.history().file(),
                r.history().events(), day), r.departmentName(), r.powerCode(), r.powerName())).toList();
    }
}
