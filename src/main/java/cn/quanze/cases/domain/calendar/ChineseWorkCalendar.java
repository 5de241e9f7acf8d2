package cn.quanze.cases.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-day calendar: official facts for confirmed years, statutory holidays (without 调休) for the
 * others, and local entries (a province's holidays, corrections) overriding both. Immutable; build a new one
 * when facts change.
 */
public final class ChineseWorkCalendar implements WorkCalendar {
    private final Map<LocalDate, DayKind> official;
    private final Map<LocalDate, DayKind> local;
    private final Set<Integer> confirmedYears;
    private final Map<Integer, Map<LocalDate, DayKind>> estimated = new ConcurrentHashMap<>();

    public ChineseWorkCalendar(Collection<CalendarDay> officialDays, Set<Integer> confirmedYears,
                               Collection<CalendarDay> localDays) {
        this.official = toMap(officialDays);
        this.local = toMap(localDays);
        this.confirmedYears = Set.copyOf(confirmedYears);
    }

    private static Map<LocalDate, DayKind> toMap(Collection<CalendarDay> days) {
        Map<LocalDate, DayKind> m = new HashMap<>();
        for (CalendarDay d : days) {
            m.put(d.date(), d.kind());
        }
        return Map.copyOf(m);
    }

    @Override
    public boolean isWorkday(LocalDate date) {
        DayKind kind = local.get(date);
        if (kind == null) {
            kind = confirmedYears.contains(date.getYear()) ? official.get(date) : estimate(date);
        }
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    private DayKind estimate(LocalDate date) {
        DayKind fromOfficial = official.get(date);
        if (fromOfficial != null) {
            // a December make-up day published with the next year's schedule
            return fromOfficial;
        }
        return estimated.computeIfAbsent(date.getYear(), y -> toMap(StatutoryHolidays.of(y))).get(date);
    }

    @Override
    public boolean isConfirmed(int year) {
        return confirmedYears.contains(year);
    }

    public Set<Integer> confirmedYears() {
        return new TreeSet<>(confirmedYears);
    }
}
