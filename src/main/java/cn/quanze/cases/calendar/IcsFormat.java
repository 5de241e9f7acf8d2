package cn.quanze.cases.calendar;

import cn.quanze.cases.domain.calendar.CalendarDay;
import cn.quanze.cases.domain.calendar.DayKind;
import cn.quanze.core.i18n.I18n;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an iCalendar (.ics) holiday schedule as published for China (e.g. holiday-cn's release files): each
 * all-day VEVENT is a holiday ("假", "休") or a make-up working day ("班", "补班") by its SUMMARY; DTEND is
 * exclusive. The year is the one most days fall in.
 */
public final class IcsFormat {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private IcsFormat() {
    }

    public static HolidayCnFormat.YearSchedule read(String fileName, InputStream in)
            throws HolidayCnFormat.FormatException, IOException {
        List<String> lines = unfold(in);
        if (lines.isEmpty() || !lines.get(0).trim().equalsIgnoreCase("BEGIN:VCALENDAR")) {
            throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.notIcs", fileName));
        }
        List<CalendarDay> days = new ArrayList<>();
        Map<String, String> event = null;
        int n = 0;
        for (String line : lines) {
            if (line.equalsIgnoreCase("BEGIN:VEVENT")) {
                event = new HashMap<>();
                n++;
            } else if (line.equalsIgnoreCase("END:VEVENT") && event != null) {
                days.addAll(days(fileName, n, event));
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String name = line.substring(0, colon);
                    int semi = name.indexOf(';');
                    event.put((semi > 0 ? name.substring(0, semi) : name).toUpperCase(), line.substring(colon + 1));
                }
            }
        }
        if (days.isEmpty()) {
            throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.empty", fileName));
        }
        Map<Integer, Integer> perYear = new HashMap<>();
        days.forEach(d -> perYear.merge(d.date().getYear(), 1, Integer::sum));
        int year = perYear.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new HolidayCnFormat.YearSchedule(year, true, List.of(), List.copyOf(days));
    }

    private static List<CalendarDay> days(String file, int n, Map<String, String> e)
            throws HolidayCnFormat.FormatException {
        String summary = e.getOrDefault("SUMMARY", "").replace("\\,", ",").trim();
        DayKind kind;
        if (summary.contains("班")) {
            kind = DayKind.WORKDAY;
        } else if (summary.contains("假") || summary.contains("休")) {
            kind = DayKind.HOLIDAY;
        } else {
            throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.icsKind", file, n, summary));
        }
        LocalDate start = date(file, n, e.get("DTSTART"));
        LocalDate end = e.containsKey("DTEND") ? date(file, n, e.get("DTEND")) : start.plusDays(1);
        if (!end.isAfter(start) || end.isAfter(start.plusDays(31))) {
            throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.icsRange", file, n, start, end));
        }
        String name = summary.replaceAll("[\\s(（].*$", "").replace("补班", "").replace("假期", "");
        List<CalendarDay> out = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
            out.add(new CalendarDay(d, kind, name));
        }
        return out;
    }

    private static LocalDate date(String file, int n, String text) throws HolidayCnFormat.FormatException {
        String v = text == null ? "" : text.trim();
        try {
            return LocalDate.parse(v.length() >= 8 ? v.substring(0, 8) : v, BASIC);
        } catch (DateTimeParseException ex) {
            throw new HolidayCnFormat.FormatException(I18n.t("calendar.import.badDate", file, n, v));
        }
    }

    /** Lines with RFC 5545 folding undone (a line starting with a space continues the previous one). */
    private static List<String> unfold(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + line.substring(1));
            } else if (!line.isBlank()) {
                out.add(line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
        }
        return out;
    }
}
