package cn.quanze.cases.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.cases.domain.CaseBasis;
import cn.quanze.cases.domain.CaseEvent;
import cn.quanze.cases.domain.CaseEventType;
import cn.quanze.cases.domain.CaseFile;
import cn.quanze.cases.domain.CaseStep;
import java.util.List;

/** Entity types of cases (steps as a JSON column) and their append-only events. */
public final class CaseRecords {
    private CaseRecords() {
    }

    public static final EntityType<CaseFile> CASE_FILE = new EntityType<>("case_file",
            List.of("id", "number", "power_item_id", "basis", "non_power_category", "applicant", "matter",
                    "received_on", "legal_limit_days", "promised_limit_days", "department_id", "post", "person",
                    "steps", "demo"),
            c -> new Row().put("id", c.id()).put("number", c.number()).put("power_item_id", c.powerItemId())
                    .put("basis", c.basis()).put("non_power_category", c.nonPowerCategory())
                    .put("applicant", c.applicant()).put("matter", c.matter()).put("received_on", c.receivedOn())
                    .put("legal_limit_days", c.legalLimitDays()).put("promised_limit_days", c.promisedLimitDays())
                    .put("department_id", c.departmentId()).put("post", c.post()).put("person", c.person())
                    .put("steps", Json.listColumn(c.steps())).put("demo", c.demo()),
            r -> new CaseFile(r.str("id"), r.str("number"), r.str("power_item_id"),
                    r.enumValue(CaseBasis.class, "basis"), r.str("non_power_category"), r.str("applicant"),
                    r.str("matter"), r.date("received_on"), r.intOr("legal_limit_days", 0),
                    r.integer("promised_limit_days"), r.str("department_id"), r.str("post"), r.str("person"),
                    Json.readList(r.str("steps"), CaseStep.class), r.bool("demo")));

    public static final EntityType<CaseEvent> CASE_EVENT = new EntityType<>("case_event",
            List.of("id", "case_id", "seq", "type", "date", "reason", "days", "step_index", "actor", "approver",
                    "note", "demo"),
            e -> new Row().put("id", e.id()).put("case_id", e.caseId()).put("seq", e.seq()).put("type", e.type())
                    .put("date", e.date()).put("reason", e.reason()).put("days", e.days())
                    .put("step_index", e.stepIndex()).put("actor", e.actor()).put("approver", e.approver())
                    .put("note", e.note()).put("demo", e.demo()),
            r -> new CaseEvent(r.str("id"), r.str("case_id"), r.intOr("seq", 0),
                    r.enumValue(CaseEventType.class, "type"), r.date("date"), r.str("reason"), r.integer("days"),
                    r.integer("step_index"), r.str("actor"), r.str("approver"), r.str("note"), r.bool("demo")));
}
