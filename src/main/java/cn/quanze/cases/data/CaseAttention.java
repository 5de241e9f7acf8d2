package cn.quanze.cases.data;

import static cn.quanze.core.domain.NamedFilter.CASES_RED;
import static cn.quanze.core.domain.NamedFilter.CASES_YELLOW;
import static cn.quanze.core.domain.NamedFilter.DUE_THIS_WEEK;

import cn.quanze.core.domain.Light;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.Predicate;

/** The cases filters of 首页's cards ({@link cn.quanze.core.domain.NamedFilter}): one predicate per name. */
public final class CaseAttention {
    private CaseAttention() {
    }

    /** The cases filter of that name as of {@code today}; empty for a name that is not a cases filter. */
    public static Optional<Predicate<CaseRows.CaseRow>> cases(String filter, LocalDate today) {
        return Optional.ofNullable(switch (filter) {
            case CASES_RED -> r -> r.progress().overdue();
            case CASES_YELLOW -> r -> r.progress().isOpen() && r.progress().light() == Light.YELLOW;
            case DUE_THIS_WEEK -> r -> dueThisWeek(r, today);
            default -> null;
        });
    }

    /**
     * Open, and due between today and the end of this week (cases already overdue are on the red card). On a
     * Saturday or Sunday "this week" is the coming working week.
     */
    public static boolean dueThisWeek(CaseRows.CaseRow r, LocalDate today) {
        LocalDate due = r.progress().due();
        return r.progress().isOpen() && due != null && !due.isBefore(today) && !due.isAfter(endOfWeek(today));
    }

    public static LocalDate endOfWeek(LocalDate day) {
        LocalDate from = day.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0 ? day.plusDays(2) : day;
        return from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
