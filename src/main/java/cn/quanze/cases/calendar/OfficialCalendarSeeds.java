package cn.quanze.cases.calendar;

import cn.quanze.core.files.CsvTable;
import cn.quanze.cases.domain.calendar.CalendarDay;
import cn.quanze.cases.domain.calendar.DayKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The official holiday schedules shipped with the product (seeds/calendar, our own CSV format:
 * {@code official-days.csv} = date,kind(休|班),name; {@code years.csv} = year,status,paper).
 */
public final class OfficialCalendarSeeds {
    /** The built-in facts: days and the years they confirm. */
    public record Facts(List<CalendarDay> days, Set<Integer> confirmedYears) {
    }

    private OfficialCalendarSeeds() {
    }

    public static Facts load() {
        List<CalendarDay> days = new ArrayList<>();
        for (List<String> f : csv("/seeds/calendar/official-days.csv")) {
            days.add(new CalendarDay(LocalDate.parse(f.get(0)), DayKind.fromMark(f.get(1)), f.get(2)));
        }
        Set<Integer> years = new TreeSet<>();
        for (List<String> f : csv("/seeds/calendar/years.csv")) {
            if ("confirmed".equals(f.get(1))) {
                years.add(Integer.parseInt(f.get(0)));
            }
        }
        return new Facts(List.copyOf(days), Set.copyOf(years));
    }

    private static List<List<String>> csv(String resource) {
        try (InputStream in = OfficialCalendarSeeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return CsvTable.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
