package cn.quanze.domain.calendar;

import java.time.LocalDate;

/** Working days (工作日): weekends and official holidays off, 调休 make-up days on. */
public interface WorkCalendar {
    boolean isWorkday(LocalDate date);

    /** The date that is {@code workdays} working days after {@code from} (from itself not counted). */
    LocalDate deadline(LocalDate from, int workdays);

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before. */
    int workdaysBetween(LocalDate from, LocalDate to);

    /** Whether the official holiday schedule of {@code year} is known. */
    boolean isConfirmed(int year);
}
