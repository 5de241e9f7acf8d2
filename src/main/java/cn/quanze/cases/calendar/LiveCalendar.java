package cn.quanze.cases.calendar;

import cn.quanze.cases.domain.calendar.CalendarDay;
import cn.quanze.cases.domain.calendar.ChineseWorkCalendar;
import cn.quanze.cases.domain.calendar.IndexedWorkCalendar;
import cn.quanze.cases.domain.calendar.LocalCalendarEntry;
import cn.quanze.cases.domain.calendar.OfficialYear;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.cases.data.CalendarRecords;
import cn.quanze.core.db.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The working-day calendar of a data directory, always current: the shipped official schedules, the years
 * imported into the store and the office's local entries. Rebuilt (with a day-index table) whenever the store
 * reports a change to calendar data; callers may keep the reference.
 */
public final class LiveCalendar implements WorkCalendar {
    /** Years covered by the day-index table; outside them the calendar walks day by day. */
    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2040;
    private final Store store;
    private final OfficialCalendarSeeds.Facts seeds;
    private volatile IndexedWorkCalendar current;

    public LiveCalendar(Store store) {
        this.store = store;
        this.seeds = OfficialCalendarSeeds.load();
        rebuild();
        store.addChangeListener(changed -> {
            if (changed.contains(CalendarRecords.ENTRY.name()) || changed.contains(CalendarRecords.YEAR.name())) {
                rebuild();
            }
        });
    }

    public void rebuild() {
        current = build(seeds, CalendarRecords.years(store), CalendarRecords.entries(store));
    }

    /** The calendar these facts make, e.g. to compare deadlines before and after an import. */
    public static IndexedWorkCalendar build(OfficialCalendarSeeds.Facts seeds, Collection<OfficialYear> years,
                                            Collection<LocalCalendarEntry> entries) {
        List<CalendarDay> days = new ArrayList<>();
        Set<Integer> imported = new HashSet<>();
        years.forEach(y -> imported.add(y.year()));
        // an imported year replaces the shipped facts of that year
        seeds.days().stream().filter(d -> !imported.contains(d.date().getYear())).forEach(days::add);
        years.forEach(y -> days.addAll(y.days()));
        Set<Integer> confirmed = new HashSet<>(seeds.confirmedYears());
        confirmed.addAll(imported);
        ChineseWorkCalendar base = new ChineseWorkCalendar(days, confirmed,
                entries.stream().map(LocalCalendarEntry::toDay).toList());
        return new IndexedWorkCalendar(base, FIRST_YEAR, LAST_YEAR);
    }

    public OfficialCalendarSeeds.Facts seeds() {
        return seeds;
    }

    /** The calendar as it is now (an immutable snapshot). */
    public IndexedWorkCalendar snapshot() {
        return current;
    }

    @Override
    public boolean isWorkday(LocalDate date) {
        return current.isWorkday(date);
    }

    @Override
    public LocalDate deadline(LocalDate received, int workdays) {
        return current.deadline(received, workdays);
    }

    @Override
    public int workdaysBetween(LocalDate from, LocalDate to) {
        return current.workdaysBetween(from, to);
    }

    @Override
    public boolean isConfirmed(int year) {
        return current.isConfirmed(year);
    }

    @Override
    public boolean reachesUnconfirmed(LocalDate from, LocalDate to) {
        return current.reachesUnconfirmed(from, to);
    }
}
