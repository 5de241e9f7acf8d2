package cn.quanze.cases.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Weekends off, nothing else: stands in until the official calendar is wired. */
public final class WeekendCalendar implements WorkCalendar {
    @Override
    public boolean isWorkday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate deadline(LocalDate from, int workdays) {
        LocalDate d = from;
        int left = workdays;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkday(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public int workdaysBetween(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate a = sign > 0 ? from : to;
        LocalDate b = sign > 0 ? to : from;
        int n = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkday(d)) {
                n++;
            }
        }
        return sign * n;
    }

    @Override
    public boolean isConfirmed(int year) {
        return true;
    }
}
