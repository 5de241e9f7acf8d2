package cn.quanze.supervision.domain;

import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Light of a supervision item against its deadline and its feedback cycle: 红 when overdue or the last feedback
 * cycle was missed, 黄 within {@link SupervisionThresholds#deadlineDays()} working days of the deadline (default
 * {@link #WARN_WORKDAYS}) or {@link SupervisionThresholds#feedbackDays()} of a feedback still to be given (default
 * {@link #FEEDBACK_WARN_WORKDAYS}), else 绿. Items not being worked on (立项, 暂缓, 办结, 撤销) have no light.
 */
public final class SupervisionRules {
    public static final int WARN_WORKDAYS = 5;
    /** Working days before a feedback due date (without feedback yet) at which an item turns yellow. */
    public static final int FEEDBACK_WARN_WORKDAYS = 3;
    private final WorkCalendar calendar;
    private final FeedbackSchedule schedule;
    private final SupervisionThresholds thresholds;

    public SupervisionRules(WorkCalendar calendar) {
        this(calendar, SupervisionThresholds.DEFAULT);
    }

    public SupervisionRules(WorkCalendar calendar, SupervisionThresholds thresholds) {
        this.calendar = calendar;
        this.schedule = new FeedbackSchedule(calendar);
        this.thresholds = thresholds;
    }

    public FeedbackSchedule schedule() {
        return schedule;
    }

    public Optional<Light> light(SupervisionItem item, List<LocalDate> feedbackDates, LocalDate today) {
        return light(item, schedule.analyse(item, feedbackDates, today), today);
    }

    /** The light from an analysis already made of the item's feedback cycles. */
    public Optional<Light> light(SupervisionItem item, FeedbackSchedule.Analysis feedback, LocalDate today) {
        return signal(item, feedback, today).map(Signal::light);
    }

    /** A light and why it has that colour (empty reasons for green). */
    public record Signal(Light light, List<LightReason> reasons) {
        public Signal {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The light with its reasons. Red for {@link LightReason#OVERDUE} ({@link #overdue}) and/or
     * {@link LightReason#FEEDBACK_OVERDUE} ({@link #feedbackOverdue}); yellow for a deadline or a feedback due within
     * the thresholds; else green. Empty for items not being worked on.
     */
    public Optional<Signal> signal(SupervisionItem item, FeedbackSchedule.Analysis feedback, LocalDate today) {
        SupervisionState s = item.state();
        if (s != SupervisionState.ASSIGNED && s != SupervisionState.IN_PROGRESS
                && s != SupervisionState.COMPLETION_REQUESTED) {
            return Optional.empty();
        }
        List<LightReason> red = new ArrayList<>();
        if (overdue(item, today)) {
            red.add(LightReason.OVERDUE);
        }
        if (feedbackOverdue(feedback)) {
            red.add(LightReason.FEEDBACK_OVERDUE);
        }
        if (!red.isEmpty()) {
            return Optional.of(new Signal(Light.RED, red));
        }
        List<LightReason> yellow = new ArrayList<>();
        if (item.deadline() != null && s != SupervisionState.COMPLETION_REQUESTED
                && calendar.workdaysBetween(today, item.deadline()) <= thresholds.deadlineDays()) {
            yellow.add(LightReason.DEADLINE_NEAR);
        }
        if (feedback.nextDue() != null
                && calendar.workdaysBetween(today, feedback.nextDue()) <= thresholds.feedbackDays()) {
            yellow.add(LightReason.FEEDBACK_DUE);
        }
        return Optional.of(new Signal(yellow.isEmpty() ? Light.GREEN : Light.YELLOW, yellow));
    }

    /**
     * 逾期 — the one definition every count uses (首页, 提醒, filters, 督查专报, CLI): 交办 or 办理中 after its
     * deadline. An item whose completion was requested waits for review and is not counted.
     */
    public static boolean overdue(SupervisionItem item, LocalDate today) {
        return SupervisionWorkflow.isOverdue(item, today);
    }

    /**
     * 反馈逾期 — the one definition every count uses: being worked on (交办, 办理中) and the most recent feedback
     * cycle due before today was not reported. A cycle missed earlier but followed by feedback in later cycles
     * counts in the missed cycles (累计反馈逾期次数, escalation) but no longer makes the item late now.
     */
    public static boolean feedbackOverdue(FeedbackSchedule.Analysis feedback) {
        return feedback.lastMissed();
    }
}
