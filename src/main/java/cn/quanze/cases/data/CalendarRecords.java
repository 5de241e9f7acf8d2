package cn.quanze.cases.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.JdbcRepositories;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Store;
import cn.quanze.cases.domain.calendar.CalendarDay;
import cn.quanze.cases.domain.calendar.DayKind;
import cn.quanze.cases.domain.calendar.LocalCalendarEntry;
import cn.quanze.cases.domain.calendar.OfficialYear;
import java.util.List;

/** Entity types of the calendar data kept in the store; ids are the date and the year (deterministic). */
public final class CalendarRecords {
    private CalendarRecords() {
    }

    public static final EntityType<LocalCalendarEntry> ENTRY = new EntityType<>("calendar_entry",
            List.of("id", "date", "kind", "name", "note"),
            e -> new Row().put("id", e.id()).put("date", e.date()).put("kind", e.kind()).put("name", e.name())
                    .put("note", e.note()),
            r -> new LocalCalendarEntry(r.date("date"), r.enumValue(DayKind.class, "kind"), r.str("name"),
                    r.str("note")));

    public static final EntityType<OfficialYear> YEAR = new EntityType<>("calendar_year",
            List.of("id", "year", "source", "papers", "days"),
            y -> new Row().put("id", y.id()).put("year", y.year()).put("source", y.source())
                    .put("papers", Json.listColumn(y.papers())).put("days", Json.listColumn(y.days())),
            r -> new OfficialYear(r.intOr("year", 0), r.str("source"), Json.readList(r.str("papers"), String.class),
                    Json.readList(r.str("days"), CalendarDay.class)));

    public static List<LocalCalendarEntry> entries(Store store) {
        return JdbcRepositories.list(store, ENTRY, "SELECT * FROM calendar_entry ORDER BY date");
    }

    public static List<OfficialYear> years(Store store) {
        return JdbcRepositories.list(store, YEAR, "SELECT * FROM calendar_year ORDER BY year");
    }
}
