package cn.quanze.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The receiving office's side of a {@link Dispatch} (same id), owned by that office: 签收 or 退回 (with the reason and
 * the unit it should go to), its rolled-up progress and last feedback date, its current request (申请办结 or 申请延期,
 * numbered by {@code requestSeq}) and, when the office chooses to share them, its sub-tasks' states.
 */
public record Receipt(String id, String itemId, String officeCode, ReceiptStatus status, LocalDate actedOn,
                      String actedBy, String reason, String suggestedUnit, boolean shareSubtasks, int progress,
                      LocalDate lastFeedbackOn, int requestSeq, RequestKind requestKind, String requestText,
                      LocalDate requestedDeadline, LocalDate requestOn, List<SharedSubtask> subtasks) {

    public Receipt {
        subtasks = subtasks == null ? List.of() : List.copyOf(subtasks);
    }

    /** 已签收 or 已退回. */
    public enum ReceiptStatus { SIGNED, RETURNED }

    /** What the office asks the issuer to decide. */
    public enum RequestKind { COMPLETION, EXTENSION }

    /** A sub-task's state as shared with the issuer. */
    public record SharedSubtask(String department, String content, LocalDate deadline, int progress, boolean done) {
    }

    Receipt reported(int newProgress, LocalDate on, List<SharedSubtask> shared) {
        return new Receipt(id, itemId, officeCode, status, actedOn, actedBy, reason, suggestedUnit, shareSubtasks,
                newProgress, on, requestSeq, requestKind, requestText, requestedDeadline, requestOn, shared);
    }

    Receipt requested(RequestKind kind, String text, LocalDate wanted, LocalDate on) {
        return new Receipt(id, itemId, officeCode, status, actedOn, actedBy, reason, suggestedUnit, shareSubtasks,
                progress, lastFeedbackOn, requestSeq + 1, kind, text, wanted, on, subtasks);
    }

    Receipt sharing(boolean share, List<SharedSubtask> shared) {
        return new Receipt(id, itemId, officeCode, status, actedOn, actedBy, reason, suggestedUnit, share, progress,
                lastFeedbackOn, requestSeq, requestKind, requestText, requestedDeadline, requestOn,
                share ? shared : List.of());
    }
}
