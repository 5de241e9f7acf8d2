package cn.quanze.cases.domain.calendar;

import java.time.LocalDate;

/**
 * A {@link WorkCalendar} with a precomputed day-index table over a range of years, so that {@link #deadline} and
 * {@link #workdaysBetween} are two array look-ups instead of a day-by-day walk. Same answers as the walk (the
 * counting rule of {@link WorkCalendar#deadline}); outside the range it walks.
 */
public final class IndexedWorkCalendar implements WorkCalendar {
    private final WorkCalendar base;
    private final long firstDay;
    private final int[] counted;      // workdays from the first day up to and including day i
    private final int[] workdayAt;    // day index of the k-th workday (k from 1)
    private final boolean[] workday;
    private final int fromYear;
    private final boolean[] confirmed;  // by year from fromYear

    public IndexedWorkCalendar(WorkCalendar base, int fromYear, int toYear) {
        this.base = base;
        LocalDate first = LocalDate.of(fromYear, 1, 1);
        LocalDate last = LocalDate.of(toYear, 12, 31);
        this.firstDay = first.toEpochDay();
        int n = (int) (last.toEpochDay() - firstDay + 1);
        counted = new int[n];
        workday = new boolean[n];
        int[] at = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            workday[i] = base.isWorkday(first.plusDays(i));
            if (workday[i]) {
                k++;
                at[k] = i;
            }
            counted[i] = k;
        }
        workdayAt = java.util.Arrays.copyOf(at, k + 1);
        this.fromYear = fromYear;
        confirmed = new boolean[toYear - fromYear + 1];
        for (int y = fromYear; y <= toYear; y++) {
            confirmed[y - fromYear] = base.isConfirmed(y);
        }
    }

    private int index(LocalDate d) {
        long i = d.toEpochDay() - firstDay;
        return i < 0 || i >= counted.length ? -1 : (int) i;
    }

    /** The day index of a date in the table (days since 1 January of the first year), or -1 outside it. */
    public int dayIndex(LocalDate d) {
        return index(d);
    }

    /** Workdays from the first day of the table up to and including day index {@code i}. */
    public int countedAt(int i) {
        return counted[i];
    }

    @Override
    public boolean isWorkday(LocalDate date) {
        int i = index(date);
        return i < 0 ? base.isWorkday(date) : workday[i];
    }

    @Override
    public LocalDate deadline(LocalDate received, int workdays) {
        int i = index(received);
        if (workdays <= 0 || i < 0) {
            return WorkCalendar.super.deadline(received, workdays);
        }
        int k = counted[i] + workdays;
        if (k >= workdayAt.length) {
            return WorkCalendar.super.deadline(received, workdays);
        }
        return LocalDate.ofEpochDay(firstDay + workdayAt[k]);
    }

    @Override
    public int workdaysBetween(LocalDate from, LocalDate to) {
        int a = index(from);
        int b = index(to);
        if (a < 0 || b < 0) {
            return WorkCalendar.super.workdaysBetween(from, to);
        }
        return counted[b] - counted[a];
    }

    @Override
    public boolean isConfirmed(int year) {
        int i = year - fromYear;
        return i >= 0 && i < confirmed.length ? confirmed[i] : base.isConfirmed(year);
    }
}
