package cn.quanze.org.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import java.util.List;

/**
 * Entity type of the units (组织机构). The tree columns came with V61: revisions written before it lack them and
 * read as a top-level unit without aliases, order, phone, head or 撤销 date.
 */
public final class OrgRecords {
    private OrgRecords() {
    }

    public static final EntityType<Department> DEPARTMENT = new EntityType<>("department",
            List.of("id", "code", "name", "short_name", "kind", "demo", "parent_id", "aliases", "sort_order", "phone",
                    "head", "retired_on"),
            d -> new Row().put("id", d.id()).put("code", d.code()).put("name", d.name())
                    .put("short_name", d.shortName()).put("kind", d.kind()).put("demo", d.demo())
                    .put("parent_id", d.parentId()).put("aliases", Json.listColumn(d.aliases()))
                    .put("sort_order", d.sortOrder()).put("phone", d.phone()).put("head", d.head())
                    .put("retired_on", d.retiredOn()),
            r -> new Department(r.str("id"), r.str("code"), r.str("name"), r.str("short_name"),
                    r.enumValue(UnitKind.class, "kind"), r.bool("demo"), r.str("parent_id"),
                    Json.readList(r.str("aliases"), String.class), r.integer("sort_order"), r.str("phone"),
                    r.str("head"), r.date("retired_on")))
            .addedLater("parent_id", "aliases", "sort_order", "phone", "head", "retired_on");
}
