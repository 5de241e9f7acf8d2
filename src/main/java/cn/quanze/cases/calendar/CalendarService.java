package cn.quanze.cases.calendar;

import cn.quanze.cases.domain.calendar.CalendarDay;
import cn.quanze.cases.domain.calendar.DayKind;
import cn.quanze.cases.domain.calendar.LocalCalendarEntry;
import cn.quanze.cases.domain.calendar.OfficialYear;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.cases.domain.CaseClock;
import cn.quanze.cases.domain.CaseHistory;
import cn.quanze.cases.domain.CaseProgress;
import cn.quanze.core.i18n.I18n;
import cn.quanze.cases.data.CalendarRecords;
import cn.quanze.cases.data.CaseLedger;
import cn.quanze.core.db.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Calendar data changes: importing an official year from a holiday-cn JSON or iCalendar file (validated fully
 * before anything is written; the open cases whose deadlines move are counted), and the office's local entries.
 */
public final class CalendarService {
    /** What an import did: the year, how many days it lists, how many open cases' deadlines moved. */
    public record ImportResult(int year, int days, int movedCases) {
    }

    private final Store store;
    private final LiveCalendar calendar;
    private final CaseLedger cases;

    public CalendarService(Store store, LiveCalendar calendar, CaseLedger cases) {
        this.store = store;
        this.calendar = calendar;
        this.cases = cases;
    }

    /** Reads and checks a file without writing anything. */
    public static OfficialYear parse(Path file) throws HolidayCnFormat.FormatException, IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.noFile", file));
        }
        HolidayCnFormat.YearSchedule s;
        try (InputStream in = Files.newInputStream(file)) {
            if (name.toLowerCase().endsWith(".ics")) {
                s = IcsFormat.read(name, in);
            } else if (name.toLowerCase().endsWith(".json")) {
                s = HolidayCnFormat.read(name, in);
            } else {
                throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.unknownType", name));
            }
        }
        if (!s.published() || s.days().isEmpty()) {
            throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.empty", name));
        }
        if (s.year() < LiveCalendar.FIRST_YEAR || s.year() > LiveCalendar.LAST_YEAR) {
            throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.badYear", name, s.year()));
        }
        Set<LocalDate> seen = new HashSet<>();
        int i = 0;
        for (CalendarDay d : s.days()) {
            i++;
            if (Math.abs(d.date().getYear() - s.year()) > 1) {
                throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.dayOutsideYear", name, i, d.date(),
                        s.year()));
            }
            if (!seen.add(d.date())) {
                throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.duplicateDay", name, i, d.date()));
            }
        }
        return new OfficialYear(s.year(), name, s.papers(), s.days());
    }

    /** Imports an official year; returns how many open cases' deadlines moved. */
    public ImportResult importFile(Path file) throws HolidayCnFormat.FormatException, IOException {
        OfficialYear year = parse(file);
        List<OfficialYear> years = new ArrayList<>(CalendarRecords.years(store));
        years.removeIf(y -> y.year() == year.year());
        years.add(year);
        WorkCalendar after = LiveCalendar.build(calendar.seeds(), years, CalendarRecords.entries(store));
        int moved = moved(calendar.snapshot(), after);
        store.run("calendar.import", uow -> uow.put(CalendarRecords.YEAR, year));
        return new ImportResult(year.year(), year.days().size(), moved);
    }

    /** Open cases whose tracked or legal deadline differs between the two calendars. */
    int moved(WorkCalendar before, WorkCalendar after) {
        var thresholds = cases.thresholds();
        CaseClock a = new CaseClock(before, thresholds);
        CaseClock b = new CaseClock(after, thresholds);
        LocalDate today = cases.today();
        int n = 0;
        for (CaseHistory h : cases.all()) {
            CaseProgress p = a.evaluate(h.file(), h.events(), today);
            if (!p.isOpen()) {
                continue;
            }
            CaseProgress q = b.evaluate(h.file(), h.events(), today);
            if (!Objects.equals(p.due(), q.due()) || !Objects.equals(p.legalDue(), q.legalDue())) {
                n++;
            }
        }
        return n;
    }

    public List<LocalCalendarEntry> entries() {
        return CalendarRecords.entries(store);
    }

    public List<OfficialYear> importedYears() {
        return CalendarRecords.years(store);
    }

    /** Sets a local entry for a day (holiday or working day), replacing the one there. */
    public void setLocal(LocalDate date, DayKind kind, String name, String note) {
        store.run("calendar.local", uow -> uow.put(CalendarRecords.ENTRY, new LocalCalendarEntry(date, kind,
                name == null || name.isBlank() ? null : name.trim(), note)));
    }

    /** Removes the local entry of a day: the official or estimated fact applies again. */
    public boolean removeLocal(LocalDate date) {
        return store.write("calendar.local.remove", uow -> uow.delete(CalendarRecords.ENTRY, date.toString()));
    }

    public LiveCalendar calendar() {
        return calendar;
    }
}
