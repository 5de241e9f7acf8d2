package cn.quanze.cases.domain.calendar;

import java.util.List;

/**
 * An official year schedule imported from a file (e.g. 2027 once the State Council publishes it). Once imported
 * the year counts as confirmed. The id is the year, so importing it twice or in two offices is one record.
 */
public record OfficialYear(int year, String source, List<String> papers, List<CalendarDay> days) {
    public OfficialYear {
        papers = papers == null ? List.of() : List.copyOf(papers);
        days = days == null ? List.of() : List.copyOf(days);
    }

    public String id() {
        return Integer.toString(year);
    }
}
