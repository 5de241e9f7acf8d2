package cn.quanze.store;

import cn.quanze.domain.supervision.Feedback;
import cn.quanze.domain.supervision.FeedbackCycle;
import cn.quanze.domain.supervision.Importance;
import cn.quanze.domain.supervision.SupervisionItem;
import cn.quanze.domain.supervision.SupervisionSource;
import cn.quanze.domain.supervision.SupervisionState;
import java.util.List;

/** Entity types of supervision items and their feedback. */
public final class SupervisionRecords {
    private SupervisionRecords() {
    }

    public static final EntityType<SupervisionItem> SUPERVISION_ITEM = new EntityType<>("supervision_item",
            List.of("id", "year", "number", "source", "source_doc_no", "source_date", "title", "content", "importance",
                    "lead_unit_id", "cooperating_unit_ids", "leader", "contact", "assigned_on", "deadline",
                    "feedback_cycle", "feedback_day", "state", "progress", "demo"),
            s -> new Row().put("id", s.id()).put("year", s.year()).put("number", s.number()).put("source", s.source())
                    .put("source_doc_no", s.sourceDocNo()).put("source_date", s.sourceDate()).put("title", s.title())
                    .put("content", s.content()).put("importance", s.importance()).put("lead_unit_id", s.leadUnitId())
                    .put("cooperating_unit_ids", Json.listColumn(s.cooperatingUnitIds())).put("leader", s.leader())
                    .put("contact", s.contact()).put("assigned_on", s.assignedOn()).put("deadline", s.deadline())
                    .put("feedback_cycle", s.feedbackCycle()).put("feedback_day", s.feedbackDay())
                    .put("state", s.state()).put("progress", s.progress()).put("demo", s.demo()),
            r -> new SupervisionItem(r.str("id"), r.intOr("year", 0), r.intOr("number", 0),
                    r.enumValue(SupervisionSource.class, "source"), r.str("source_doc_no"), r.date("source_date"),
                    r.str("title"), r.str("content"), r.enumValue(Importance.class, "importance"),
                    r.str("lead_unit_id"), Json.readList(r.str("cooperating_unit_ids"), String.class),
                    r.str("leader"), r.str("contact"), r.date("assigned_on"), r.date("deadline"),
                    r.enumValue(FeedbackCycle.class, "feedback_cycle"), r.integer("feedback_day"),
                    r.enumValue(SupervisionState.class, "state"), r.intOr("progress", 0), r.bool("demo")));

    public static final EntityType<Feedback> FEEDBACK = new EntityType<>("feedback",
            List.of("id", "item_id", "date", "content", "progress", "problems", "next_steps", "demo"),
            f -> new Row().put("id", f.id()).put("item_id", f.itemId()).put("date", f.date())
                    .put("content", f.content()).put("progress", f.progress()).put("problems", f.problems())
                    .put("next_steps", f.nextSteps()).put("demo", f.demo()),
            r -> new Feedback(r.str("id"), r.str("item_id"), r.date("date"), r.str("content"), r.intOr("progress", 0),
                    r.str("problems"), r.str("next_steps"), r.bool("demo")));
}
