package cn.quanze.store;

import cn.quanze.domain.org.Department;
import cn.quanze.domain.org.UnitKind;
import java.util.List;

/** Entity types of the core tables: per-node settings and departments. */
public final class CoreRecords {
    private CoreRecords() {
    }

    /** A node-local setting (office identity, thresholds ...). Written through the unit of work; never synced. */
    public record Setting(String id, String value) {
    }

    public static final EntityType<Setting> SETTING = new EntityType<>("node_setting", List.of("id", "value"),
            s -> new Row().put("id", s.id()).put("value", s.value()),
            r -> new Setting(r.str("id"), r.str("value")));

    public static final EntityType<Department> DEPARTMENT = new EntityType<>("department",
            List.of("id", "code", "name", "short_name", "kind", "demo"),
            d -> new Row().put("id", d.id()).put("code", d.code()).put("name", d.name())
                    .put("short_name", d.shortName()).put("kind", d.kind()).put("demo", d.demo()),
            r -> new Department(r.str("id"), r.str("code"), r.str("name"), r.str("short_name"),
                    r.enumValue(UnitKind.class, "kind"), r.bool("demo")));
}
