package cn.quanze.bench;

import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.calendar.ChineseWorkCalendar;
import cn.quanze.cases.domain.calendar.IndexedWorkCalendar;
import cn.quanze.cases.domain.CaseBasis;
import cn.quanze.cases.domain.CaseClock;
import cn.quanze.cases.domain.CaseEvent;
import cn.quanze.cases.domain.CaseEventType;
import cn.quanze.cases.domain.CaseFile;
import cn.quanze.cases.domain.CaseHistory;
import cn.quanze.cases.domain.CaseProgress;
import cn.quanze.cases.domain.CaseStep;
import cn.quanze.cases.domain.LightThresholds;
import cn.quanze.cases.domain.SuspensionReason;
import cn.quanze.cases.calendar.OfficialCalendarSeeds;
import cn.quanze.cases.data.CaseFilter;
import cn.quanze.cases.data.CaseRows.CaseRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * {@code quanze bench cases}: recomputing lights and days left of N open cases through {@link CaseClock} (steps,
 * suspensions and extensions included), against a plain loop over precomputed working-day indexes in the same
 * run; and the time to filter the N-row table model (FilteredList under the table's SortedList), unsorted and
 * sorted by days left.
 */
public final class CasesBench {
    /** Medians in milliseconds, and how many cases were red in the last run (both loops must agree). */
    public record Result(int cases, int runs, double clockMs, double baselineMs, double filterMs,
                         double filterSortedMs, int redClock, int redBaseline, int filteredRows) {
    }

    private CasesBench() {
    }

    public static Result run(int n, int runs, LocalDate today) {
        OfficialCalendarSeeds.Facts f = OfficialCalendarSeeds.load();
        IndexedWorkCalendar cal = new IndexedWorkCalendar(new ChineseWorkCalendar(f.days(), f.confirmedYears(),
                List.of()), 2018, 2040);
        LightThresholds thresholds = LightThresholds.DEFAULT;
        CaseClock clock = new CaseClock(cal, thresholds);
        List<CaseHistory> cases = generate(n, today, cal);
        // baseline inputs: day indexes, tracked limits and suspended working days, precomputed once
        int[] received = new int[n];
        int[] limit = new int[n];
        int[] suspended = new int[n];
        for (int i = 0; i < n; i++) {
            CaseHistory h = cases.get(i);
            received[i] = cal.dayIndex(h.file().receivedOn());
            int ext = h.events().stream().filter(e -> e.type() == CaseEventType.EXTENDED).mapToInt(CaseEvent::days).sum();
            limit[i] = ext > 0 ? h.file().legalLimitDays() + ext : h.file().trackedLimitDays();
            LocalDate s = null;
            for (CaseEvent e : h.events()) {
                if (e.type() == CaseEventType.SUSPENDED) {
                    s = e.date();
                } else if (e.type() == CaseEventType.RESUMED && s != null) {
                    suspended[i] += cal.workdaysBetween(s, e.date());
                    s = null;
                }
            }
        }
        int todayIdx = cal.dayIndex(today);
        int[] red = new int[2];
        CaseProgress[] progress = new CaseProgress[n];
        double clockMs = median(runs, () -> {
            int r = 0;
            for (int i = 0; i < n; i++) {
                CaseHistory h = cases.get(i);
                progress[i] = clock.summary(h.file(), h.events(), today);
                r += progress[i].light() == Light.RED ? 1 : 0;
            }
            return red[0] = r;
        });
        int[] left = new int[n];
        byte[] light = new byte[n];
        double baselineMs = median(runs, () -> {
            int r = 0;
            int countedToday = cal.countedAt(todayIdx);
            for (int i = 0; i < n; i++) {
                int used = countedToday - cal.countedAt(received[i]) - suspended[i];
                int l = limit[i] - used;
                left[i] = l;
                int due = dueIndex(cal, received[i], limit[i] + suspended[i]);
                byte x = todayIdx > due ? (byte) 2 : l <= thresholds.daysLeft()
                        || used * 100L >= (long) thresholds.percentUsed() * limit[i] && limit[i] > 0 ? (byte) 1 : 0;
                light[i] = x;
                r += x == 2 ? 1 : 0;
            }
            return red[1] = r;
        });
        List<CaseRow> rows = new ArrayList<>(n);
        String[] depts = {"区市场监管局", "区卫生健康委", "区民政局", "区人力资源社会保障局", "区建设管理委", "区公安分局"};
        for (int i = 0; i < n; i++) {
            rows.add(new CaseRow(cases.get(i), progress[i], depts[i % depts.length], "XK-" + (i % 70), "事项" + (i % 70)));
        }
        ObservableList<CaseRow> source = FXCollections.observableArrayList(rows);
        FilteredList<CaseRow> filtered = new FilteredList<>(source);
        SortedList<CaseRow> sorted = new SortedList<>(filtered);
        CaseFilter[] filters = {
            new CaseFilter(Light.RED, null, null, null, null),
            new CaseFilter(null, "区民政局", null, today.minusDays(30), today),
            new CaseFilter(Light.YELLOW, "区市场监管局", "XK-1", null, null),
            CaseFilter.ALL};
        int[] k = {0};
        double filterMs = median(runs * filters.length, () -> {
            filtered.setPredicate(filters[k[0]++ % filters.length]);
            return sorted.size();
        });
        sorted.setComparator(Comparator.comparingInt((CaseRow r) -> r.progress().daysLeft()));
        double filterSortedMs = median(runs * filters.length, () -> {
            filtered.setPredicate(filters[k[0]++ % filters.length]);
            return sorted.size();
        });
        filtered.setPredicate(filters[0]);
        return new Result(n, runs, clockMs, baselineMs, filterMs, filterSortedMs, red[0], red[1], sorted.size());
    }

    private static int dueIndex(IndexedWorkCalendar cal, int receivedIdx, int workdays) {
        LocalDate due = cal.deadline(LocalDate.of(2018, 1, 1).plusDays(receivedIdx), workdays);
        return cal.dayIndex(due);
    }

    private static double median(int runs, LongSupplier work) {
        work.getAsLong(); // warm-up
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    static List<CaseHistory> generate(int n, LocalDate today, IndexedWorkCalendar cal) {
        Random random = new Random(20261122);
        List<CaseStep> steps = List.of(new CaseStep("受理", "窗口", 1), new CaseStep("审查", "审核", 3),
                new CaseStep("决定", "负责人", 2), new CaseStep("送达", "窗口", 1));
        List<CaseHistory> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate received = today.minusDays(random.nextInt(90));
            int legal = 5 + random.nextInt(56);
            Integer promised = random.nextInt(4) == 0 ? null : 1 + random.nextInt(legal);
            CaseFile c = new CaseFile("c" + i, "B-" + i, "p" + (i % 70), CaseBasis.POWER, null, "申请人" + i,
                    "事项" + (i % 70), received, legal, promised, "d" + (i % 6), null, null, steps, false);
            List<CaseEvent> ev = new ArrayList<>();
            int seq = 1;
            ev.add(new CaseEvent("e", c.id(), seq++, CaseEventType.OPENED, received, null, null, null, "u", null, null,
                    false));
            ev.add(new CaseEvent("e", c.id(), seq++, CaseEventType.STEP_DONE, cal.deadline(received, 1), null, null, 0,
                    "u", null, null, false));
            if (random.nextInt(5) == 0) {
                LocalDate s = cal.deadline(received, 2);
                ev.add(new CaseEvent("e", c.id(), seq++, CaseEventType.SUSPENDED, s, SuspensionReason.CORRECTION.name(),
                        null, null, "u", null, null, false));
                ev.add(new CaseEvent("e", c.id(), seq++, CaseEventType.RESUMED, s.plusDays(1 + random.nextInt(10)),
                        null, null, null, "u", null, null, false));
            }
            if (random.nextInt(20) == 0) {
                ev.add(new CaseEvent("e", c.id(), seq, CaseEventType.EXTENDED, received.plusDays(3), "需现场核查",
                        10, null, "u", "负责人", null, false));
            }
            out.add(new CaseHistory(c, ev));
        }
        return out;
    }
}
