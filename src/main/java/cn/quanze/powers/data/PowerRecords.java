package cn.quanze.powers.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.powers.domain.AdjustmentKind;
import cn.quanze.powers.domain.PowerAdjustment;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import java.time.Instant;
import java.util.List;

/** Entity type of the power list table. Nested lists are JSON columns, so one power item is one revision. */
public final class PowerRecords {
    private PowerRecords() {
    }

    public static final EntityType<PowerItem> POWER_ITEM = new EntityType<>("power_item",
            List.of("id", "code", "name", "type", "parent_id", "department_id", "undertaking_office", "level",
                    "legal_limit_days", "promised_limit_days", "fee", "bases", "discretion", "steps", "guide",
                    "status", "remarks", "demo"),
            p -> new Row().put("id", p.id()).put("code", p.code()).put("name", p.name()).put("type", p.type())
                    .put("parent_id", p.parentId()).put("department_id", p.departmentId())
                    .put("undertaking_office", p.undertakingOffice()).put("level", p.level())
                    .put("legal_limit_days", p.legalLimitDays()).put("promised_limit_days", p.promisedLimitDays())
                    .put("fee", Json.objectColumn(p.fee())).put("bases", Json.listColumn(p.bases()))
                    .put("discretion", Json.listColumn(p.discretion())).put("steps", Json.listColumn(p.steps()))
                    .put("guide", Json.objectColumn(p.guide())).put("status", p.status())
                    .put("remarks", p.remarks()).put("demo", p.demo()),
            r -> new PowerItem(r.str("id"), r.str("code"), r.str("name"), r.enumValue(PowerType.class, "type"),
                    r.str("parent_id"), r.str("department_id"), r.str("undertaking_office"),
                    r.enumValue(OfficeLevel.class, "level"), r.integer("legal_limit_days"),
                    r.integer("promised_limit_days"), Json.readObject(r.str("fee"), PowerItem.Fee.class),
                    Json.readList(r.str("bases"), PowerItem.LegalBasis.class),
                    Json.readList(r.str("discretion"), PowerItem.DiscretionRule.class),
                    Json.readList(r.str("steps"), PowerItem.ProcessStep.class),
                    Json.readObject(r.str("guide"), PowerItem.ServiceGuide.class),
                    r.enumValue(PowerStatus.class, "status"), r.str("remarks"), r.bool("demo")));

    public static final EntityType<PowerAdjustment> POWER_ADJUSTMENT = new EntityType<>("power_adjustment",
            List.of("id", "power_id", "kind", "doc_no", "reason", "effective_date", "target_id", "recorded_at", "demo"),
            a -> new Row().put("id", a.id()).put("power_id", a.powerId()).put("kind", a.kind())
                    .put("doc_no", a.docNo()).put("reason", a.reason()).put("effective_date", a.effectiveDate())
                    .put("target_id", a.targetId()).put("recorded_at", a.recordedAt().toString()).put("demo", a.demo()),
            r -> new PowerAdjustment(r.str("id"), r.str("power_id"), r.enumValue(AdjustmentKind.class, "kind"),
                    r.str("doc_no"), r.str("reason"), r.date("effective_date"), r.str("target_id"),
                    Instant.parse(r.str("recorded_at")), r.bool("demo")));
}
