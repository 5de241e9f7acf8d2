package cn.quanze.cases.calendar;

import cn.quanze.cases.domain.calendar.CalendarDay;
import cn.quanze.cases.domain.calendar.DayKind;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the public holiday-cn JSON format ({"year": 2026, "papers": [...], "days": [{"name", "date",
 * "isOffDay"}]}). A year whose file has no days and no papers is not published yet.
 */
public final class HolidayCnFormat {
    /** One parsed file. {@code published} is false for an empty placeholder year. */
    public record YearSchedule(int year, boolean published, List<String> papers, List<CalendarDay> days) {
    }

    /** A file that is not valid holiday-cn JSON; the message names the file and the entry. */
    public static final class FormatException extends Exception {
        public FormatException(String message) {
            super(message);
        }
    }

    private HolidayCnFormat() {
    }

    public static YearSchedule read(String fileName, InputStream in) throws FormatException, IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // where the JSON breaks, not Jackson's English description of it
            var at = e.getLocation();
            throw new FormatException(I18n.t("calendar.import.badJson", fileName,
                    at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr())));
        }
        if (root == null || !root.path("year").canConvertToInt() || !root.path("days").isArray()) {
            throw new FormatException(I18n.t("calendar.import.notHolidayCn", fileName));
        }
        int year = root.path("year").asInt();
        List<String> papers = new ArrayList<>();
        root.path("papers").forEach(p -> papers.add(p.asText()));
        List<CalendarDay> days = new ArrayList<>();
        int i = 0;
        for (JsonNode d : root.path("days")) {
            i++;
            String date = d.path("date").asText("");
            if (!d.path("isOffDay").isBoolean()) {
                throw new FormatException(I18n.t("calendar.import.missingOffDay", fileName, i, date));
            }
            try {
                days.add(new CalendarDay(LocalDate.parse(date), d.path("isOffDay").asBoolean() ? DayKind.HOLIDAY
                        : DayKind.WORKDAY, d.path("name").asText("")));
            } catch (DateTimeParseException e) {
                throw new FormatException(I18n.t("calendar.import.badDate", fileName, i, date));
            }
        }
        return new YearSchedule(year, !days.isEmpty() || !papers.isEmpty(), List.copyOf(papers), List.copyOf(days));
    }
}
