package cn.quanze.org.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Row;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import java.util.List;

/** Entity type of the units (组织机构). */
public final class OrgRecords {
    private OrgRecords() {
    }

    public static final EntityType<Department> DEPARTMENT = new EntityType<>("department",
            List.of("id", "code", "name", "short_name", "kind", "demo"),
            d -> new Row().put("id", d.id()).put("code", d.code()).put("name", d.name())
                    .put("short_name", d.shortName()).put("kind", d.kind()).put("demo", d.demo()),
            r -> new Department(r.str("id"), r.str("code"), r.str("name"), r.str("short_name"),
                    r.enumValue(UnitKind.class, "kind"), r.bool("demo")));
}
