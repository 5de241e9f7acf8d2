package cn.quanze.cases.domain.calendar;

import java.time.LocalDate;

/**
 * A day entered by the office (a province's ethnic holiday, a correction of the official schedule). Overrides
 * the official and estimated facts. The id is the ISO date, so one day is one record in every office.
 */
public record LocalCalendarEntry(LocalDate date, DayKind kind, String name, String note) {
    public String id() {
        return date.toString();
    }

    public CalendarDay toDay() {
        return new CalendarDay(date, kind, name);
    }
}
