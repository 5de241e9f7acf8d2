package cn.quanze.store;

import cn.quanze.domain.Light;
import cn.quanze.domain.supervision.SupervisionState;
import cn.quanze.domain.supervision.SupervisionWorkflow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The named filters behind the cards of 首页 (and the panes they open): one predicate per name, used both to count
 * on 首页 and to narrow the pane's list, so the number on a card and the rows it opens always agree.
 */
public final class Attention {
    public static final String CASES_RED = "light:RED";
    public static final String CASES_YELLOW = "light:YELLOW";
    public static final String DUE_THIS_WEEK = "dueThisWeek";
    public static final String OVERDUE = "overdue";
    public static final String FEEDBACK_OVERDUE = "feedbackOverdue";
    public static final String REVIEW = "review";
    public static final String PARTNERS = "partners";
    public static final String CONFLICTS = "conflicts";
    public static final String PROPOSALS = "proposals";
    public static final String GAPS = "gaps";

    private Attention() {
    }

    /** The cases filter of that name as of {@code today}; empty for a name that is not a cases filter. */
    public static Optional<Predicate<CaseRows.CaseRow>> cases(String filter, LocalDate today) {
        return Optional.ofNullable(switch (filter) {
            case CASES_RED -> r -> r.progress().isOpen() && r.progress().light() == Light.RED;
            case CASES_YELLOW -> r -> r.progress().isOpen() && r.progress().light() == Light.YELLOW;
            case DUE_THIS_WEEK -> r -> dueThisWeek(r, today);
            default -> null;
        });
    }

    /** The supervision filter of that name as of {@code today}; empty for a name that is not one. */
    public static Optional<Predicate<SupervisionBoard.Entry>> supervision(String filter, LocalDate today) {
        return Optional.ofNullable(switch (filter) {
            case OVERDUE -> e -> SupervisionWorkflow.isOverdue(e.item(), today);
            case FEEDBACK_OVERDUE -> e -> e.item().state().isOpen() && e.missedCycles() > 0;
            case REVIEW -> Attention::awaitsReview;
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

    /** 申请办结 or a pending 申请延期: waiting for the supervisor's decision. */
    public static boolean awaitsReview(SupervisionBoard.Entry e) {
        SupervisionState s = e.item().state();
        return s == SupervisionState.COMPLETION_REQUESTED || (s.isOpen() && e.item().requestedDeadline() != null);
    }

    public static LocalDate endOfWeek(LocalDate day) {
        LocalDate from = day.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0 ? day.plusDays(2) : day;
        return from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
