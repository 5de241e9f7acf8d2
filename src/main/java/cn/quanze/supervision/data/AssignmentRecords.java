package cn.quanze.supervision.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.supervision.domain.Dispatch;
import cn.quanze.supervision.domain.Receipt;
import cn.quanze.supervision.domain.Subtask;
import java.util.List;

/** Entity types of 交办 between offices: dispatches (issuer), receipts and sub-tasks (receiving office). */
public final class AssignmentRecords {
    private AssignmentRecords() {
    }

    public static final EntityType<Dispatch> DISPATCH = new EntityType<>("supervision_dispatch",
            List.of("id", "item_id", "issuer_office", "unit_id", "office_code", "role", "dispatched_on", "deadline",
                    "requirements", "active", "applied_seq", "decided_seq", "decision", "decision_on", "decision_text",
                    "rectification_id"),
            d -> new Row().put("id", d.id()).put("item_id", d.itemId()).put("issuer_office", d.issuerOffice())
                    .put("unit_id", d.unitId()).put("office_code", d.officeCode()).put("role", d.role())
                    .put("dispatched_on", d.dispatchedOn()).put("deadline", d.deadline())
                    .put("requirements", d.requirements()).put("active", d.active())
                    .put("applied_seq", d.appliedSeq()).put("decided_seq", d.decidedSeq())
                    .put("decision", d.decision()).put("decision_on", d.decisionOn())
                    .put("decision_text", d.decisionText()).put("rectification_id", d.rectificationId()),
            r -> new Dispatch(r.str("id"), r.str("item_id"), r.str("issuer_office"), r.str("unit_id"),
                    r.str("office_code"), r.enumValue(Dispatch.DispatchRole.class, "role"), r.date("dispatched_on"),
                    r.date("deadline"), r.str("requirements"), r.bool("active"), r.intOr("applied_seq", 0),
                    r.intOr("decided_seq", 0), r.enumValue(Dispatch.Decision.class, "decision"),
                    r.date("decision_on"), r.str("decision_text"), r.str("rectification_id")));

    public static final EntityType<Receipt> RECEIPT = new EntityType<>("supervision_receipt",
            List.of("id", "item_id", "office_code", "status", "acted_on", "acted_by", "reason", "suggested_unit",
                    "share_subtasks", "progress", "last_feedback_on", "request_seq", "request_kind", "request_text",
                    "requested_deadline", "request_on", "subtasks"),
            x -> new Row().put("id", x.id()).put("item_id", x.itemId()).put("office_code", x.officeCode())
                    .put("status", x.status()).put("acted_on", x.actedOn()).put("acted_by", x.actedBy())
                    .put("reason", x.reason()).put("suggested_unit", x.suggestedUnit())
                    .put("share_subtasks", x.shareSubtasks()).put("progress", x.progress())
                    .put("last_feedback_on", x.lastFeedbackOn()).put("request_seq", x.requestSeq())
                    .put("request_kind", x.requestKind()).put("request_text", x.requestText())
                    .put("requested_deadline", x.requestedDeadline()).put("request_on", x.requestOn())
                    .put("subtasks", Json.listColumn(x.subtasks())),
            r -> new Receipt(r.str("id"), r.str("item_id"), r.str("office_code"),
                    r.enumValue(Receipt.ReceiptStatus.class, "status"), r.date("acted_on"), r.str("acted_by"),
                    r.str("reason"), r.str("suggested_unit"), r.bool("share_subtasks"), r.intOr("progress", 0),
                    r.date("last_feedback_on"), r.intOr("request_seq", 0),
                    r.enumValue(Receipt.RequestKind.class, "request_kind"), r.str("request_text"),
                    r.date("requested_deadline"), r.date("request_on"),
                    Json.readList(r.str("subtasks"), Receipt.SharedSubtask.class)));

    public static final EntityType<Subtask> SUBTASK = new EntityType<>("supervision_subtask",
            List.of("id", "dispatch_id", "item_id", "department", "assignee", "content", "deadline", "progress",
                    "done_on", "note"),
            s -> new Row().put("id", s.id()).put("dispatch_id", s.dispatchId()).put("item_id", s.itemId())
                    .put("department", s.department()).put("assignee", s.assignee()).put("content", s.content())
                    .put("deadline", s.deadline()).put("progress", s.progress()).put("done_on", s.doneOn())
                    .put("note", s.note()),
            r -> new Subtask(r.str("id"), r.str("dispatch_id"), r.str("item_id"), r.str("department"),
                    r.str("assignee"), r.str("content"), r.date("deadline"), r.intOr("progress", 0), r.date("done_on"),
                    r.str("note")));
}
