package cn.quanze.cases.calendar;

import cn.quanze.cases.domain.calendar.CalendarDay;
import cn.quanze.cases.domain.calendar.DayKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        for (String[] f : csv("/seeds/calendar/official-days.csv")) {
            days.add(new CalendarDay(LocalDate.parse(f[0]), DayKind.fromMark(f[1]), f[2]));
        }
        Set<Integer> years = new TreeSet<>();
        for (String[] f : csv("/seeds/calendar/years.csv")) {
            if ("confirmed".equals(f[1])) {
                years.add(Integer.parseInt(f[0]));
            }
        }
        return new Facts(List.copyOf(days), Set.copyOf(years));
    }

    private static List<String[]> csv(String resource) {
        try (InputStream in = OfficialCalendarSeeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
