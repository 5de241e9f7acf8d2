package cn.quanze.bench;

import cn.quanze.core.domain.Ids;
import cn.quanze.supervision.domain.EventKind;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.SupervisionEvent;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.files.ReportFormat;
import cn.quanze.supervision.files.SummaryWriters;
import cn.quanze.supervision.files.SupervisionReports;
import cn.quanze.supervision.files.SupervisionSummary;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import cn.quanze.supervision.data.SupervisionRecords;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a register of realistic size (items with monthly feedback across a year, in a believable mix of states)
 * through the unit of work, then times a 督查专报 against the bare queries it stands on.
 */
public final class SupervisionBenchmark {
    private static final SupervisionState[] MIX = {
        SupervisionState.IN_PROGRESS, SupervisionState.IN_PROGRESS, SupervisionState.IN_PROGRESS,
        SupervisionState.IN_PROGRESS, SupervisionState.COMPLETED, SupervisionState.COMPLETED,
        SupervisionState.ARCHIVED, SupervisionState.COMPLETION_REQUESTED, SupervisionState.ASSIGNED,
        SupervisionState.DEFERRED};
    private final Store store;

    public SupervisionBenchmark(Store store) {
        this.store = store;
    }

    /** Writes {@code items} items with {@code feedback} feedback entries in total, 2000 items per unit of work. */
    public void generate(int items, int feedback, List<String> unitIds, int year) {
        Random rnd = new Random(42);
        int perItem = Math.max(1, feedback / items);
        int batch = 2000;
        for (int start = 0; start < items; start += batch) {
            int from = start;
            int to = Math.min(items, start + batch);
            store.run("bench.generate", uow -> {
                for (int n = from; n < to; n++) {
                    SupervisionState state = MIX[rnd.nextInt(MIX.length)];
                    LocalDate assigned = LocalDate.of(year, 1, 5).plusDays(rnd.nextInt(120));
                    LocalDate deadline = assigned.plusDays(120 + rnd.nextInt(300));
                    boolean done = state == SupervisionState.COMPLETED || state == SupervisionState.ARCHIVED;
                    LocalDate completed = done ? deadline.minusDays(40).plusDays(rnd.nextInt(60)) : null;
                    String id = Ids.newId();
                    SupervisionItem item = new SupervisionItem(id, year, n + 1001,
                            SupervisionSource.values()[rnd.nextInt(SupervisionSource.values().length)], null, null,
                            "督办事项" + (n + 1), "内容", rnd.nextInt(5) == 0 ? Importance.MAJOR : Importance.NORMAL,
                            unitIds.get(rnd.nextInt(unitIds.size())), List.of(), null, null, assigned, deadline, null,
                            List.of(), FeedbackCycle.MONTHLY, 25, state, completed != null ? completed : assigned,
                            null, completed, done ? 100 : rnd.nextInt(90), false);
                    uow.put(SupervisionRecords.SUPERVISION_ITEM, item);
                    uow.put(SupervisionRecords.EVENT, new SupervisionEvent(Ids.newId(), id, EventKind.ASSIGNED,
                            assigned, SupervisionState.REGISTERED, SupervisionState.ASSIGNED, null, deadline, "bench",
                            false));
                    for (int k = 0; k < perItem; k++) {
                        LocalDate d = assigned.plusDays(20L + 30L * k + rnd.nextInt(10));
                        uow.put(SupervisionRecords.FEEDBACK, new Feedback(Ids.newId(), id, d, "第" + (k + 1) + "次进展反馈",
                                Math.min(100, 10 * (k + 1)), null, null, false));
                    }
                }
            });
        }
    }

    /** Milliseconds of each step, in order. */
    public Map<String, Long> measure(SupervisionReports reports, LocalDate from, LocalDate to) {
        Map<String, Long> out = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        long rows = store.read(c -> Sql.count(c, "SELECT COUNT(*) FROM (SELECT * FROM supervision_item)")
                + Sql.rows(c, "SELECT * FROM supervision_item").size()
                + Sql.rows(c, "SELECT item_id, date FROM feedback").size()
                + Sql.rows(c, "SELECT * FROM supervision_event WHERE date BETWEEN ? AND ?", from, to).size());
        out.put("bareQueries", ms(t0));
        out.put("bareRows", rows);
        long t1 = System.nanoTime();
        SupervisionSummary s = reports.summary(from, to);
        out.put("summary", ms(t1));
        for (ReportFormat f : ReportFormat.values()) {
            long t = System.nanoTime();
            SummaryWriters.write(s, f, OutputStream.nullOutputStream());
            out.put(f.extension(), ms(t));
        }
        out.put("items", (long) s.total());
        return out;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    public static List<String> ids(List<cn.quanze.org.domain.Department> units) {
        List<String> out = new ArrayList<>();
        units.forEach(d -> out.add(d.id()));
        return out;
    }
}
