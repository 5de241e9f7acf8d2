package cn.quanze.supervision.domain;

import static cn.quanze.supervision.domain.SupervisionState.ARCHIVED;
import static cn.quanze.supervision.domain.SupervisionState.ASSIGNED;
import static cn.quanze.supervision.domain.SupervisionState.COMPLETED;
import static cn.quanze.supervision.domain.SupervisionState.COMPLETION_REQUESTED;
import static cn.quanze.supervision.domain.SupervisionState.DEFERRED;
import static cn.quanze.supervision.domain.SupervisionState.IN_PROGRESS;
import static cn.quanze.supervision.domain.SupervisionState.REGISTERED;
import static cn.quanze.supervision.domain.SupervisionState.WITHDRAWN;

import cn.quanze.core.domain.Ids;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of a supervision item: 立项 → 交办 → 办理中 → 申请办结 → 已办结 → 归档, with 退回, 申请延期 and its
 * decision, 暂缓/恢复, 撤销, 催办 and 督办通知单. Each method checks the rule, then returns the changed item with the
 * event to append; a refused action throws {@link TransitionRefused} naming the reason.
 */
public final class SupervisionWorkflow {
    /** The changed item and the event that records the change. */
    public record Step(SupervisionItem item, SupervisionEvent event) {
    }

    private static final Set<SupervisionState> WORKING = EnumSet.of(ASSIGNED, IN_PROGRESS);
    private final WorkCalendar calendar;

    public SupervisionWorkflow(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** 立项: checks a new item and records its registration. */
    public Step register(SupervisionItem item, LocalDate on, String actor) {
        require(item.title(), "supervision.field.title");
        require(item.leadUnitId(), "supervision.field.leadUnit");
        if (item.source() == null) {
            throw new TransitionRefused("supervision.refused.required", "supervision.field.source");
        }
        if (item.feedbackCycle() == null) {
            throw new TransitionRefused("supervision.refused.required", "supervision.field.cycle");
        }
        if (item.deadline() == null && (item.deadlineWorkdays() == null || item.deadlineWorkdays() < 1)) {
            throw new TransitionRefused("supervision.refused.deadlineRequired");
        }
        if (item.state() != REGISTERED) {
            throw refused(item, EventKind.REGISTERED);
        }
        return new Step(item, event(item, EventKind.REGISTERED, on, REGISTERED, null, null, actor));
    }

    /** 交办: numbers the item and fixes its deadline (a date, or N working days from today). */
    public Step assign(SupervisionItem item, int number, LocalDate on, String actor) {
        expect(item, EventKind.ASSIGNED, REGISTERED);
        LocalDate deadline = item.deadlineWorkdays() != null && item.deadlineWorkdays() > 0
                ? calendar.deadline(on, item.deadlineWorkdays()) : item.deadline();
        if (deadline == null) {
            throw new TransitionRefused("supervision.refused.deadlineRequired");
        }
        if (deadline.isBefore(on)) {
            throw new TransitionRefused("supervision.refused.deadlineBefore", deadline, on);
        }
        SupervisionItem next = item.withAssignment(on.getYear(), number, on, deadline);
        return new Step(next, event(item, EventKind.ASSIGNED, on, ASSIGNED, null, deadline, actor));
    }

    /** 签收: the lead unit starts work. */
    public Step start(SupervisionItem item, LocalDate on, String actor) {
        expect(item, EventKind.STARTED, ASSIGNED);
        return move(item, EventKind.STARTED, on, IN_PROGRESS, null, actor);
    }

    /**
     * 进展反馈: allowed while the unit works on the item; progress never goes back. The first feedback on a 交办 item
     * also starts it (the returned step then carries a STARTED event).
     */
    public Optional<Step> acceptFeedback(SupervisionItem item, Feedback feedback, String actor) {
        if (!WORKING.contains(item.state())) {
            throw new TransitionRefused("supervision.refused.feedbackState", item.state());
        }
        require(feedback.content(), "supervision.field.feedbackContent");
        if (feedback.progress() < 0 || feedback.progress() > 100 || feedback.progress() < item.progress()) {
            throw new TransitionRefused("supervision.refused.progress", feedback.progress(), item.progress());
        }
        if (item.assignedOn() != null && feedback.date().isBefore(item.assignedOn())) {
            throw new TransitionRefused("supervision.refused.feedbackDate", feedback.date(), item.assignedOn());
        }
        SupervisionItem next = item.withCompletion(item.completedOn(), feedback.progress());
        if (item.state() == ASSIGNED) {
            return Optional.of(move(next, EventKind.STARTED, feedback.date(), IN_PROGRESS, null, actor));
        }
        return Optional.of(new Step(next, null));
    }

    /** 催办: a reminder with its text; the state does not move. */
    public Step urge(SupervisionItem item, String text, LocalDate on, String actor) {
        expect(item, EventKind.URGED, ASSIGNED, IN_PROGRESS, COMPLETION_REQUESTED);
        require(text, "supervision.field.urgeText");
        return new Step(item, event(item, EventKind.URGED, on, item.state(), text, null, actor));
    }

    /** 督办通知单 issued; the state does not move. */
    public Step issueNotice(SupervisionItem item, String requirement, LocalDate on, String actor) {
        expect(item, EventKind.NOTICE_ISSUED, ASSIGNED, IN_PROGRESS);
        return new Step(item, event(item, EventKind.NOTICE_ISSUED, on, item.state(), requirement, item.deadline(),
                actor));
    }

    public Step requestCompletion(SupervisionItem item, String summary, LocalDate on, String actor) {
        expect(item, EventKind.COMPLETION_REQUESTED, IN_PROGRESS);
        require(summary, "supervision.field.completionSummary");
        if (item.requestedDeadline() != null) {
            throw new TransitionRefused("supervision.refused.extensionPending", item.requestedDeadline());
        }
        return move(item, EventKind.COMPLETION_REQUESTED, on, COMPLETION_REQUESTED, summary, actor);
    }

    /** The supervisor's review: 办结 (approve) … */
    public Step approveCompletion(SupervisionItem item, String comment, LocalDate on, String actor) {
        expect(item, EventKind.COMPLETION_APPROVED, COMPLETION_REQUESTED);
        return move(item.withCompletion(on, 100), EventKind.COMPLETION_APPROVED, on, COMPLETED, comment, actor);
    }

    /** … or 退回 to the lead unit with a reason. */
    public Step returnToUnit(SupervisionItem item, String reason, LocalDate on, String actor) {
        expect(item, EventKind.RETURNED, COMPLETION_REQUESTED);
        require(reason, "supervision.field.reason");
        return move(item, EventKind.RETURNED, on, IN_PROGRESS, reason, actor);
    }

    public Step requestExtension(SupervisionItem item, LocalDate wanted, String reason, LocalDate on, String actor) {
        expect(item, EventKind.EXTENSION_REQUESTED, ASSIGNED, IN_PROGRESS);
        require(reason, "supervision.field.reason");
        if (item.requestedDeadline() != null) {
            throw new TransitionRefused("supervision.refused.extensionPending", item.requestedDeadline());
        }
        if (wanted == null || item.deadline() != null && !wanted.isAfter(item.deadline())) {
            throw new TransitionRefused("supervision.refused.extensionNotLater", wanted, item.deadline());
        }
        return new Step(item.withDeadlines(item.deadline(), wanted),
                event(item, EventKind.EXTENSION_REQUESTED, on, item.state(), reason, wanted, actor));
    }

    /** Approves the pending extension, with the requested or another later deadline. */
    public Step approveExtension(SupervisionItem item, LocalDate granted, String comment, LocalDate on, String actor) {
        LocalDate pending = pendingExtension(item);
        LocalDate deadline = granted == null ? pending : granted;
        if (item.deadline() != null && !deadline.isAfter(item.deadline())) {
            throw new TransitionRefused("supervision.refused.extensionNotLater", deadline, item.deadline());
        }
        return new Step(item.withDeadlines(deadline, null),
                event(item, EventKind.EXTENSION_APPROVED, on, item.state(), comment, deadline, actor));
    }

    public Step refuseExtension(SupervisionItem item, String reason, LocalDate on, String actor) {
        pendingExtension(item);
        require(reason, "supervision.field.reason");
        return new Step(item.withDeadlines(item.deadline(), null),
                event(item, EventKind.EXTENSION_REFUSED, on, item.state(), reason, item.deadline(), actor));
    }

    /** 暂缓 with a reason; the clock and the feedback cycles stop. */
    public Step defer(SupervisionItem item, String reason, LocalDate on, String actor) {
        expect(item, EventKind.DEFERRED, ASSIGNED, IN_PROGRESS);
        require(reason, "supervision.field.reason");
        return move(item.withDeadlines(item.deadline(), null), EventKind.DEFERRED, on, DEFERRED, reason, actor);
    }

    /** Resumes a 暂缓 item, optionally with a new deadline. */
    public Step resume(SupervisionItem item, LocalDate newDeadline, LocalDate on, String actor) {
        expect(item, EventKind.RESUMED, DEFERRED);
        if (newDeadline != null && newDeadline.isBefore(on)) {
            throw new TransitionRefused("supervision.refused.deadlineBefore", newDeadline, on);
        }
        SupervisionItem next = newDeadline == null ? item : item.withDeadlines(newDeadline, null);
        return new Step(next.withState(IN_PROGRESS, on),
                event(item, EventKind.RESUMED, on, IN_PROGRESS, null, newDeadline, actor));
    }

    /** 撤销 with a reason: nothing is deleted, the item is kept as withdrawn. */
    public Step withdraw(SupervisionItem item, String reason, LocalDate on, String actor) {
        expect(item, EventKind.WITHDRAWN, REGISTERED, ASSIGNED, IN_PROGRESS, COMPLETION_REQUESTED, DEFERRED);
        require(reason, "supervision.field.reason");
        return move(item.withDeadlines(item.deadline(), null), EventKind.WITHDRAWN, on, WITHDRAWN, reason, actor);
    }

    public Step archive(SupervisionItem item, LocalDate on, String actor) {
        expect(item, EventKind.ARCHIVED, COMPLETED);
        return move(item, EventKind.ARCHIVED, on, ARCHIVED, null, actor);
    }

    /** 逾期: still being worked on after its deadline. */
    public static boolean isOverdue(SupervisionItem item, LocalDate today) {
        return WORKING.contains(item.state()) && item.deadline() != null && today.isAfter(item.deadline());
    }

    /** Working days past the deadline (0 when not overdue). */
    public int workdaysOverdue(SupervisionItem item, LocalDate today) {
        return isOverdue(item, today) ? Math.max(1, calendar.workdaysBetween(item.deadline(), today)) : 0;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    private static LocalDate pendingExtension(SupervisionItem item) {
        if (item.requestedDeadline() == null) {
            throw new TransitionRefused("supervision.refused.noExtensionPending");
        }
        return item.requestedDeadline();
    }

    private static Step move(SupervisionItem item, EventKind kind, LocalDate on, SupervisionState to, String text,
                             String actor) {
        return new Step(item.withState(to, on), event(item, kind, on, to, text, null, actor));
    }

    private static SupervisionEvent event(SupervisionItem before, EventKind kind, LocalDate on, SupervisionState to,
                                          String text, LocalDate deadline, String actor) {
        return new SupervisionEvent(Ids.newId(), before.id(), kind, on, before.state(), to,
                text == null || text.isBlank() ? null : text.strip(), deadline, actor, before.demo());
    }

    private static void expect(SupervisionItem item, EventKind action, SupervisionState... allowed) {
        for (SupervisionState s : allowed) {
            if (item.state() == s) {
                return;
            }
        }
        throw refused(item, action);
    }

    private static TransitionRefused refused(SupervisionItem item, EventKind action) {
        return new TransitionRefused("supervision.refused.state", item.state(), action);
    }

    private static void require(String text, String fieldKey) {
        if (text == null || text.isBlank()) {
            throw new TransitionRefused("supervision.refused.required", fieldKey);
        }
    }
}
