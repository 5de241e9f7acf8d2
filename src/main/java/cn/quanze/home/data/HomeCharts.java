package cn.quanze.home.data;

import cn.quanze.cases.data.CaseRows;
import cn.quanze.supervision.data.SupervisionBoard;
import cn.quanze.cases.domain.CaseProgress;
import cn.quanze.supervision.domain.SupervisionState;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The two charts of 首页: cases completed on time per month, and supervision items per state. */
public final class HomeCharts {
    /** Cases completed in a month and how many of those within their promised limit (承诺时限, or the legal one). */
    public record MonthRate(YearMonth month, int completed, int onTime) {
        /** Percent on time; 0 for a month without completed cases. */
        public double percent() {
            return completed == 0 ? 0 : 100.0 * onTime / completed;
        }
    }

    private HomeCharts() {
    }

    /** The last {@code months} months up to and including {@code current}, oldest first. */
    public static List<MonthRate> onTimeByMonth(List<CaseRows.CaseRow> cases, YearMonth current, int months) {
        List<MonthRate> out = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            YearMonth m = current.minusMonths(i);
            int completed = 0;
            int onTime = 0;
            for (CaseRows.CaseRow r : cases) {
                CaseProgress p = r.progress();
                if (p.completedOn() != null && YearMonth.from(p.completedOn()).equals(m)) {
                    completed++;
                    onTime += p.onTimePromised() ? 1 : 0;
                }
            }
            out.add(new MonthRate(m, completed, onTime));
        }
        return out;
    }

    /** Items per state, every state present (zero when none), in the order of the workflow. */
    public static Map<SupervisionState, Long> byState(List<SupervisionBoard.Entry> entries) {
        Map<SupervisionState, Long> out = new EnumMap<>(SupervisionState.class);
        for (SupervisionState s : SupervisionState.values()) {
            out.put(s, 0L);
        }
        entries.forEach(e -> out.merge(e.item().state(), 1L, Long::sum));
        return out;
    }
}
