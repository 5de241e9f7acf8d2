package cn.quanze.duties.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.duties.domain.AccountabilityCase;
import cn.quanze.duties.domain.AssistanceItem;
import cn.quanze.duties.domain.BlockDuties;
import cn.quanze.duties.domain.DepartmentDuties;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.Post;
import java.util.List;

/** Entity types of the responsibility catalog (责任清单). Nested lists are JSON columns: one record, one revision. */
public final class DutyRecords {
    private DutyRecords() {
    }

    public static final EntityType<Duty> DUTY = new EntityType<>("duty",
            List.of("id", "power_item_id", "stages", "cases", "remarks", "demo"),
            d -> new Row().put("id", d.id()).put("power_item_id", d.powerItemId())
                    .put("stages", Json.listColumn(d.stages())).put("cases", Json.listColumn(d.cases()))
                    .put("remarks", d.remarks()).put("demo", d.demo()),
            r -> new Duty(r.str("id"), r.str("power_item_id"), Json.readList(r.str("stages"), Duty.StageDuty.class),
                    Json.readList(r.str("cases"), AccountabilityCase.class), r.str("remarks"), r.bool("demo")));

    public static final EntityType<DepartmentDuties> DEPARTMENT_DUTIES = new EntityType<>("department_duties",
            List.of("id", "department_id", "main_duties", "work_items", "boundaries", "supervision_systems",
                    "public_services", "demo"),
            d -> new Row().put("id", d.id()).put("department_id", d.departmentId())
                    .put("main_duties", Json.listColumn(d.mainDuties())).put("work_items", Json.listColumn(d.workItems()))
                    .put("boundaries", Json.listColumn(d.boundaries()))
                    .put("supervision_systems", Json.listColumn(d.supervisionSystems()))
                    .put("public_services", Json.listColumn(d.publicServices())).put("demo", d.demo()),
            r -> new DepartmentDuties(r.str("id"), r.str("department_id"), Json.readList(r.str("main_duties"), String.class),
                    Json.readList(r.str("work_items"), DepartmentDuties.WorkItem.class),
                    Json.readList(r.str("boundaries"), DepartmentDuties.Boundary.class),
                    Json.readList(r.str("supervision_systems"), DepartmentDuties.WorkItem.class),
                    Json.readList(r.str("public_services"), DepartmentDuties.WorkItem.class), r.bool("demo")));

    public static final EntityType<BlockDuties> BLOCK_DUTIES = new EntityType<>("block_duties",
            List.of("id", "unit_id", "basic", "cooperating", "withdrawn", "demo"),
            b -> new Row().put("id", b.id()).put("unit_id", b.unitId()).put("basic", Json.listColumn(b.basic()))
                    .put("cooperating", Json.listColumn(b.cooperating())).put("withdrawn", Json.listColumn(b.withdrawn()))
                    .put("demo", b.demo()),
            r -> new BlockDuties(r.str("id"), r.str("unit_id"), Json.readList(r.str("basic"), BlockDuties.BlockItem.class),
                    Json.readList(r.str("cooperating"), BlockDuties.BlockItem.class),
                    Json.readList(r.str("withdrawn"), BlockDuties.BlockItem.class), r.bool("demo")));

    public static final EntityType<Post> POST = new EntityType<>("post",
            List.of("id", "department_id", "name", "duties", "power_item_ids", "standards", "demo"),
            p -> new Row().put("id", p.id()).put("department_id", p.departmentId()).put("name", p.name())
                    .put("duties", p.duties()).put("power_item_ids", Json.listColumn(p.powerItemIds()))
                    .put("standards", p.standards()).put("demo", p.demo()),
            r -> new Post(r.str("id"), r.str("department_id"), r.str("name"), r.str("duties"),
                    Json.readList(r.str("power_item_ids"), String.class), r.str("standards"), r.bool("demo")));

    public static final EntityType<AssistanceItem> ASSISTANCE = new EntityType<>("assistance_item",
            List.of("id", "requesting_department_id", "assisting_department_id", "matter", "basis", "limit_days", "demo"),
            a -> new Row().put("id", a.id()).put("requesting_department_id", a.requestingDepartmentId())
                    .put("assisting_department_id", a.assistingDepartmentId()).put("matter", a.matter())
                    .put("basis", a.basis()).put("limit_days", a.limitDays()).put("demo", a.demo()),
            r -> new AssistanceItem(r.str("id"), r.str("requesting_department_id"), r.str("assisting_department_id"),
                    r.str("matter"), r.str("basis"), r.integer("limit_days"), r.bool("demo")));
}
