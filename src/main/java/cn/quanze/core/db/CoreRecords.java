package cn.quanze.core.db;

import java.util.List;

/** Entity types of the core tables: per-node settings. */
public final class CoreRecords {
    private CoreRecords() {
    }

    /** A node-local setting (office identity, thresholds ...). Written through the unit of work; never synced. */
    public record Setting(String id, String value) {
    }

    public static final EntityType<Setting> SETTING = new EntityType<>("node_setting", List.of("id", "value"),
            s -> new Row().put("id", s.id()).put("value", s.value()),
            r -> new Setting(r.str("id"), r.str("value")));

}
