package cn.quanze.supervision.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.core.domain.Attachment;
import cn.quanze.supervision.domain.EventKind;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.Milestone;
import cn.quanze.supervision.domain.Rectification;
import cn.quanze.supervision.domain.RectificationState;
import cn.quanze.supervision.domain.SupervisionEvent;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import java.util.List;

/** Entity types of supervision: items, feedback, the timeline events, attachments and 整改. */
public final class SupervisionRecords {
    private SupervisionRecords() {
    }

    public static final EntityType<SupervisionItem> SUPERVISION_ITEM = new EntityType<>("supervision_item",
            List.of("id", "year", "number", "source", "source_doc_no", "source_date", "title", "content", "importance",
                    "lead_unit_id", "cooperating_unit_ids", "leader", "contact", "assigned_on", "deadline",
                    "deadline_workdays", "milestones", "feedback_cycle", "feedback_day", "state", "state_since",
                    "requested_deadline", "completed_on", "progress", "demo"),
            s -> new Row().put("id", s.id()).put("year", s.year()).put("number", s.number()).put("source", s.source())
                    .put("source_doc_no", s.sourceDocNo()).put("source_date", s.sourceDate()).put("title", s.title())
                    .put("content", s.content()).put("importance", s.importance()).put("lead_unit_id", s.leadUnitId())
                    .put("cooperating_unit_ids", Json.listColumn(s.cooperatingUnitIds())).put("leader", s.leader())
                    .put("contact", s.contact()).put("assigned_on", s.assignedOn()).put("deadline", s.deadline())
                    .put("deadline_workdays", s.deadlineWorkdays()).put("milestones", Json.listColumn(s.milestones()))
                    .put("feedback_cycle", s.feedbackCycle()).put("feedback_day", s.feedbackDay())
                    .put("state", s.state()).put("state_since", s.stateSince())
                    .put("requested_deadline", s.requestedDeadline()).put("completed_on", s.completedOn())
                    .put("progress", s.progress()).put("demo", s.demo()),
            r -> new SupervisionItem(r.str("id"), r.intOr("year", 0), r.intOr("number", 0),
                    r.enumValue(SupervisionSource.class, "source"), r.str("source_doc_no"), r.date("source_date"),
                    r.str("title"), r.str("content"), r.enumValue(Importance.class, "importance"),
                    r.str("lead_unit_id"), Json.readList(r.str("cooperating_unit_ids"), String.class),
                    r.str("leader"), r.str("contact"), r.date("assigned_on"), r.date("deadline"),
                    r.integer("deadline_workdays"), Json.readList(r.str("milestones"), Milestone.class),
                    r.enumValue(FeedbackCycle.class, "feedback_cycle"), r.integer("feedback_day"),
                    r.enumValue(SupervisionState.class, "state"), r.date("state_since"),
                    r.date("requested_deadline"), r.date("completed_on"), r.intOr("progress", 0), r.bool("demo")));

    public static final EntityType<Feedback> FEEDBACK = new EntityType<>("feedback",
            List.of("id", "item_id", "date", "content", "progress", "problems", "next_steps", "demo"),
            f -> new Row().put("id", f.id()).put("item_id", f.itemId()).put("date", f.date())
                    .put("content", f.content()).put("progress", f.progress()).put("problems", f.problems())
                    .put("next_steps", f.nextSteps()).put("demo", f.demo()),
            r -> new Feedback(r.str("id"), r.str("item_id"), r.date("date"), r.str("content"), r.intOr("progress", 0),
                    r.str("problems"), r.str("next_steps"), r.bool("demo")));

    public static final EntityType<SupervisionEvent> EVENT = new EntityType<>("supervision_event",
            List.of("id", "item_id", "kind", "date", "from_state", "to_state", "text", "new_deadline", "actor", "demo"),
            e -> new Row().put("id", e.id()).put("item_id", e.itemId()).put("kind", e.kind()).put("date", e.date())
                    .put("from_state", e.fromState()).put("to_state", e.toState()).put("text", e.text())
                    .put("new_deadline", e.newDeadline()).put("actor", e.actor()).put("demo", e.demo()),
            r -> new SupervisionEvent(r.str("id"), r.str("item_id"), r.enumValue(EventKind.class, "kind"),
                    r.date("date"), r.enumValue(SupervisionState.class, "from_state"),
                    r.enumValue(SupervisionState.class, "to_state"), r.str("text"), r.date("new_deadline"),
                    r.str("actor"), r.bool("demo")));

    public static final EntityType<Attachment> ATTACHMENT = new EntityType<>("attachment",
            List.of("id", "sha256", "original_name", "size", "owner_entity", "owner_id"),
            a -> new Row().put("id", a.id()).put("sha256", a.sha256()).put("original_name", a.originalName())
                    .put("size", a.size()).put("owner_entity", a.ownerEntity()).put("owner_id", a.ownerId()),
            r -> new Attachment(r.str("id"), r.str("sha256"), r.str("original_name"), r.lng("size"),
                    r.str("owner_entity"), r.str("owner_id")));

    public static final EntityType<Rectification> RECTIFICATION = new EntityType<>("rectification",
            List.of("id", "item_id", "problem", "owner_unit_id", "owner", "deadline", "measures", "state",
                    "verified_on", "verified_by", "verification_note", "recheck_on", "demo"),
            x -> new Row().put("id", x.id()).put("item_id", x.itemId()).put("problem", x.problem())
                    .put("owner_unit_id", x.ownerUnitId()).put("owner", x.owner()).put("deadline", x.deadline())
                    .put("measures", x.measures()).put("state", x.state()).put("verified_on", x.verifiedOn())
                    .put("verified_by", x.verifiedBy()).put("verification_note", x.verificationNote())
                    .put("recheck_on", x.recheckOn()).put("demo", x.demo()),
            r -> new Rectification(r.str("id"), r.str("item_id"), r.str("problem"), r.str("owner_unit_id"),
                    r.str("owner"), r.date("deadline"), r.str("measures"),
                    r.enumValue(RectificationState.class, "state"), r.date("verified_on"), r.str("verified_by"),
                    r.str("verification_note"), r.date("recheck_on"), r.bool("demo")));
}
