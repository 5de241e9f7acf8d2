package cn.quanze.cases.domain.calendar;

import java.time.LocalDate;

/** One calendar fact: a day that is off or on contrary to the weekday rule, with the holiday's name. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
}
