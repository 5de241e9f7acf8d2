package cn.quanze.supervision.data;

import static cn.quanze.core.domain.NamedFilter.FEEDBACK_OVERDUE;
import static cn.quanze.core.domain.NamedFilter.OVERDUE;
import static cn.quanze.core.domain.NamedFilter.REVIEW;

import cn.quanze.supervision.domain.SupervisionState;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The supervision filters of 首页's cards ({@link cn.quanze.core.domain.NamedFilter}): one predicate per name. 逾期 and
 * 反馈逾期 are the board's ({@link SupervisionBoard.Entry#overdue()}, {@link SupervisionBoard.Entry#feedbackOverdue()}),
 * so the cards, the pane's filter, the reminders, the 督查专报 and the CLI count the same items.
 */
public final class SupervisionAttention {
    private SupervisionAttention() {
    }

    /** The supervision filter of that name as of {@code today}; empty for a name that is not one. */
    public static Optional<Predicate<SupervisionBoard.Entry>> supervision(String filter, LocalDate today) {
        return Optional.ofNullable(switch (filter) {
            case OVERDUE -> SupervisionBoard.Entry::overdue;
            case FEEDBACK_OVERDUE -> SupervisionBoard.Entry::feedbackOverdue;
            case REVIEW -> SupervisionAttention::awaitsReview;
            default -> null;
        });
    }

    /** 申请办结 or a pending 申请延期: waiting for the supervisor's decision. */
    public static boolean awaitsReview(SupervisionBoard.Entry e) {
        SupervisionState s = e.item().state();
        return s == SupervisionState.COMPLETION_REQUESTED || (s.isOpen() && e.item().requestedDeadline() != null);
    }
}
