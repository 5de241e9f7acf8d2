package cn.quanze.supervision.domain;

import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import java.time.LocalDate;
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
        SupervisionState s = item.state();
        if (s != SupervisionState.ASSIGNED && s != SupervisionState.IN_PROGRESS
                && s != SupervisionState.COMPLETION_REQUESTED) {
            return Optional.empty();
        }
        if (SupervisionWorkflow.isOverdue(item, today) || feedback.lastMissed()) {
            return Optional.of(Light.RED);
        }
        boolean near = item.deadline() != null && s != SupervisionState.COMPLETION_REQUESTED
                && calendar.workdaysBetween(today, item.deadline()) <= thresholds.deadlineDays();
        boolean feedbackDue = feedback.nextDue() != null
                && calendar.workdaysBetween(today, feedback.nextDue()) <= thresholds.feedbackDays();
        if (near || feedbackDue) {
            return Optional.of(Light.YELLOW);
        }
        return Optional.of(Light.GREEN);
    }
}
