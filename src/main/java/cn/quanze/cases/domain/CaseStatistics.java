package cn.quanze.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Statistics of cases for a period, grouped (per department, per power item): received in the period, completed
 * in the period, completed on time against the promise and the law, the average working days used against the
 * average promised and legal limits, and 提速率 (the share of the legal limit saved on average).
 */
public final class CaseStatistics {
    /** A case and how it stands; the input of the statistics. */
    public record Entry(CaseFile file, CaseProgress progress) {
    }

    /** One group's figures. Averages are over the cases completed in the period (0 when none). */
    public record Row(String key, int received, int completed, int onTimePromised, int onTimeLegal, int overdueOpen,
                      double avgUsedDays, double avgPromisedDays, double avgLegalDays) {
        public double onTimePromisedRate() {
            return completed == 0 ? 0 : (double) onTimePromised / completed;
        }

        public double onTimeLegalRate() {
            return completed == 0 ? 0 : (double) onTimeLegal / completed;
        }

        /** 提速率: 1 − average days used / average legal limit. */
        public double speedUpRate() {
            return avgLegalDays == 0 ? 0 : 1 - avgUsedDays / avgLegalDays;
        }
    }

    private CaseStatistics() {
    }

    public static boolean inPeriod(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    /** Rows per group key (in first-seen order, then by key), plus a total row with key {@code null}. */
    public static List<Row> compute(List<Entry> entries, LocalDate from, LocalDate to, Function<Entry, String> groupBy) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            boolean relevant = inPeriod(e.file().receivedOn(), from, to) || inPeriod(e.progress().completedOn(), from, to)
                    || overdueOpen(e);
            if (relevant) {
                groups.computeIfAbsent(groupBy.apply(e), k -> new ArrayList<>()).add(e);
            }
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((k, list) -> rows.add(row(k, list, from, to)));
        rows.sort(Comparator.comparing(Row::received).reversed().thenComparing(r -> String.valueOf(r.key())));
        rows.add(row(null, groups.values().stream().flatMap(List::stream).toList(), from, to));
        return rows;
    }

    private static boolean overdueOpen(Entry e) {
        return e.progress().overdue();
    }

    static Row row(String key, List<Entry> list, LocalDate from, LocalDate to) {
        int received = 0;
        int completed = 0;
        int onTimePromised = 0;
        int onTimeLegal = 0;
        int overdue = 0;
        long used = 0;
        long promised = 0;
        long legal = 0;
        for (Entry e : list) {
            CaseProgress p = e.progress();
            if (inPeriod(e.file().receivedOn(), from, to)) {
                received++;
            }
            if (overdueOpen(e)) {
                overdue++;
            }
            if (inPeriod(p.completedOn(), from, to)) {
                completed++;
                onTimePromised += p.onTimePromised() ? 1 : 0;
                onTimeLegal += p.onTimeLegal() ? 1 : 0;
                used += p.usedDays();
                promised += e.file().promisedLimitDays() == null ? e.file().legalLimitDays()
                        : e.file().promisedLimitDays();
                legal += e.file().legalLimitDays() + p.extensionDays();
            }
        }
        double n = Math.max(1, completed);
        return new Row(key, received, completed, onTimePromised, onTimeLegal, overdue, completed == 0 ? 0 : used / n,
                completed == 0 ? 0 : promised / n, completed == 0 ? 0 : legal / n);
    }

    /** Overdue cases: open and past due now, or completed in the period after the due date. */
    public static List<Entry> overdue(List<Entry> entries, LocalDate from, LocalDate to) {
        return entries.stream().filter(e -> overdueOpen(e)
                || inPeriod(e.progress().completedOn(), from, to) && e.progress().completedOn().isAfter(e.progress().due()))
                .sorted(Comparator.comparing((Entry e) -> e.progress().due())).toList();
    }
}
