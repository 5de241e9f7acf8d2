package cn.quanze.cases.domain.calendar;

import java.time.LocalDate;

/**
 * Chinese working days: Monday-Friday unless an official holiday, plus 调休 make-up working days on weekends.
 *
 * <p>Counting rule (administrative practice): the day of receipt does not count; a limit of N working days ends
 * at the end of the N-th working day after the day of receipt. Received on a non-working day, counting still
 * starts at the next working day. This rule lives only in {@link #deadline}.
 */
public interface WorkCalendar {
    boolean isWorkday(LocalDate date);

    /** The last day of a limit of {@code workdays} working days counted after {@code received}. */
    default LocalDate deadline(LocalDate received, int workdays) {
        if (workdays <= 0) {
            return received;
        }
        LocalDate d = received;
        int counted = 0;
        while (counted < workdays) {
            d = d.plusDays(1);
            if (isWorkday(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is before
     * {@code from} (the working days after {@code to} up to and including {@code from}, negated).
     */
    default int workdaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workdaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkday(d)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the official schedule of {@code year} is known; otherwise days are estimated. */
    boolean isConfirmed(int year);

    /** Whether any day from {@code from} to {@code to} (inclusive) falls in an unconfirmed year. */
    default boolean reachesUnconfirmed(LocalDate from, LocalDate to) {
        LocalDate a = from.isBefore(to) ? from : to;
        LocalDate b = from.isBefore(to) ? to : from;
        for (int y = a.getYear(); y <= b.getYear(); y++) {
            if (!isConfirmed(y)) {
                return true;
            }
        }
        return false;
    }
}
