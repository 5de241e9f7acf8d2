package cn.quanze.supervision.domain;

import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.supervision.domain.Dispatch.Decision;
import cn.quanze.supervision.domain.Receipt.ReceiptStatus;
import cn.quanze.supervision.domain.Receipt.RequestKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of 交办 between offices: 签收/退回 on the receiving side, 分解落实 into sub-tasks (deadline no later than
 * the parent's), the roll-up of sub-task progress into the office's report, requests and the issuer's decisions,
 * and the issuer's lights. Each side only changes its own record; a refused action throws {@link TransitionRefused}.
 */
public final class AssignmentRules {
    /** Default of the office setting: working days after 交办 before an unsigned dispatch turns yellow. */
    public static final int DEFAULT_SIGN_DAYS = 1;
    private final WorkCalendar calendar;

    public AssignmentRules(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** 签收 by the receiving office. */
    public Receipt sign(Dispatch d, Receipt existing, LocalDate on, String by) {
        notYetAnswered(d, existing);
        return new Receipt(d.id(), d.itemId(), d.officeCode(), ReceiptStatus.SIGNED, on, by, null, null, false, 0,
                null, 0, null, null, null, null, List.of());
    }

    /** 退回 with the reason and, optionally, the unit the item should go to. */
    public Receipt giveBack(Dispatch d, Receipt existing, String reason, String suggestedUnit, LocalDate on, String by) {
        notYetAnswered(d, existing);
        require(reason, "supervision.assign.field.reason");
        return new Receipt(d.id(), d.itemId(), d.officeCode(), ReceiptStatus.RETURNED, on, by, reason.strip(),
                blankToNull(suggestedUnit), false, 0, null, 0, null, null, null, null, List.of());
    }

    /** 分解落实: a sub-task for one of the office's own departments or posts. */
    public Subtask decompose(String id, Dispatch d, Receipt r, String department, String assignee, String content,
                             LocalDate deadline) {
        signed(r);
        require(department, "supervision.assign.field.department");
        require(content, "supervision.assign.field.content");
        if (deadline == null) {
            throw new TransitionRefused("supervision.refused.required", "supervision.assign.field.deadline");
        }
        if (d.deadline() != null && deadline.isAfter(d.deadline())) {
            throw new TransitionRefused("supervision.assign.refused.subtaskLater", deadline, d.deadline());
        }
        return new Subtask(id, d.id(), d.itemId(), department.strip(), blankToNull(assignee), content.strip(),
                deadline, 0, null, null);
    }

    /** A sub-task's progress (never back); 100 marks it done. */
    public Subtask progress(Subtask s, int progress, String note, LocalDate on) {
        if (progress < 0 || progress > 100 || progress < s.progress()) {
            throw new TransitionRefused("supervision.refused.progress", progress, s.progress());
        }
        return new Subtask(s.id(), s.dispatchId(), s.itemId(), s.department(), s.assignee(), s.content(),
                s.deadline(), progress, progress == 100 ? (s.doneOn() == null ? on : s.doneOn()) : null,
                blankToNull(note) == null ? s.note() : note.strip());
    }

    /** The progress an office reports: the mean of its sub-tasks when it has any, else what the user entered. */
    public static int rolledUp(List<Subtask> subtasks, int entered) {
        return subtasks.isEmpty() ? entered
                : (int) Math.round(subtasks.stream().mapToInt(Subtask::progress).average().orElse(0));
    }

    /** The office's feedback to the issuer: progress rolled up from its sub-tasks, shared states if it chose so. */
    public Receipt report(Receipt r, List<Subtask> subtasks, int entered, LocalDate on) {
        signed(r);
        int progress = rolledUp(subtasks, entered);
        if (progress < 0 || progress > 100 || progress < r.progress()) {
            throw new TransitionRefused("supervision.refused.progress", progress, r.progress());
        }
        return r.reported(progress, on, r.shareSubtasks() ? subtasks.stream().map(Subtask::shared).toList() : List.of());
    }

    /** Whether the sub-tasks' states go to the issuer (the office's choice); takes effect at once. */
    public Receipt share(Receipt r, boolean share, List<Subtask> subtasks) {
        signed(r);
        return r.sharing(share, subtasks.stream().map(Subtask::shared).toList());
    }

    /** 申请办结 (with a summary) or 申请延期 (with a later date and a reason), one at a time. */
    public Receipt request(Dispatch d, Receipt r, RequestKind kind, String text, LocalDate wanted, LocalDate on) {
        signed(r);
        if (pending(d, r)) {
            throw new TransitionRefused("supervision.assign.refused.requestPending");
        }
        if (d.completed() || !d.active()) {
            throw new TransitionRefused("supervision.assign.refused.closed");
        }
        require(text, kind == RequestKind.COMPLETION ? "supervision.field.completionSummary"
                : "supervision.field.reason");
        if (kind == RequestKind.EXTENSION && (wanted == null || d.deadline() != null && !wanted.isAfter(d.deadline()))) {
            throw new TransitionRefused("supervision.refused.extensionNotLater", wanted, d.deadline());
        }
        return r.requested(kind, text.strip(), kind == RequestKind.EXTENSION ? wanted : null, on);
    }

    /** A request of the unit the issuer has not decided yet. */
    public static boolean pending(Dispatch d, Receipt r) {
        return r != null && r.requestSeq() > d.decidedSeq();
    }

    /** The issuer's decision on the unit's pending request. */
    public Dispatch decide(Dispatch d, Receipt r, Decision decision, String text, LocalDate granted, LocalDate on) {
        if (!pending(d, r)) {
            throw new TransitionRefused("supervision.assign.refused.nothingPending");
        }
        boolean completion = decision == Decision.COMPLETION_APPROVED || decision == Decision.COMPLETION_RETURNED;
        if (completion != (r.requestKind() == RequestKind.COMPLETION) || decision == Decision.REASSIGNED) {
            throw new TransitionRefused("supervision.assign.refused.wrongDecision");
        }
        if (decision != Decision.COMPLETION_APPROVED && decision != Decision.EXTENSION_APPROVED) {
            require(text, "supervision.field.reason");
        }
        LocalDate deadline = null;
        if (decision == Decision.EXTENSION_APPROVED) {
            deadline = granted == null ? r.requestedDeadline() : granted;
            if (d.deadline() != null && !deadline.isAfter(d.deadline())) {
                throw new TransitionRefused("supervision.refused.extensionNotLater", deadline, d.deadline());
            }
        }
        return d.decided(r.requestSeq(), decision, on, blankToNull(text), deadline);
    }

    /** Closes a dispatch the office gave back (or the issuer moves elsewhere). */
    public Dispatch reassigned(Dispatch d, LocalDate on, String text) {
        if (!d.active()) {
            throw new TransitionRefused("supervision.assign.refused.closed");
        }
        return d.decided(d.decidedSeq(), Decision.REASSIGNED, on, blankToNull(text), null);
    }

    /** Not signed (nor given back) within {@code signDays} working days of 交办: yellow on the issuer's side. */
    public boolean signLate(Dispatch d, Receipt r, LocalDate today, int signDays) {
        return r == null && d.active() && calendar.workdaysBetween(d.dispatchedOn(), today) > signDays;
    }

    /** The issuer's light for one unit: 红 past the unit's deadline, 黄 unsigned too long, given back or near it. */
    public Light light(Dispatch d, Receipt r, LocalDate today, int signDays) {
        if (d.completed() || !d.active()) {
            return null;
        }
        if (d.deadline() != null && today.isAfter(d.deadline())) {
            return Light.RED;
        }
        boolean near = d.deadline() != null && calendar.workdaysBetween(today, d.deadline())
                <= SupervisionRules.WARN_WORKDAYS;
        boolean returned = r != null && r.status() == ReceiptStatus.RETURNED;
        return signLate(d, r, today, signDays) || returned || near ? Light.YELLOW : Light.GREEN;
    }

    public Dispatch applied(Dispatch d, int seq) {
        return d.applied(seq);
    }

    private static void notYetAnswered(Dispatch d, Receipt existing) {
        if (!d.active()) {
            throw new TransitionRefused("supervision.assign.refused.closed");
        }
        if (existing != null) {
            throw new TransitionRefused("supervision.assign.refused.answered", existing.actedOn());
        }
    }

    private static void signed(Receipt r) {
        if (r == null || r.status() != ReceiptStatus.SIGNED) {
            throw new TransitionRefused("supervision.assign.refused.notSigned");
        }
    }

    private static void require(String text, String fieldKey) {
        if (text == null || text.isBlank()) {
            throw new TransitionRefused("supervision.refused.required", fieldKey);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
