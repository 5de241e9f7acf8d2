package cn.quanze.sync.data;

import cn.quanze.core.i18n.I18n;
import java.util.List;

/** Readable names of entity types, fields and values in sync messages and panes. */
public final class SyncLabels {
    private static final int MAX_VALUE = 60;
    private static final List<String> FIELD_KEYS = List.of("sync.field.name", "sync.field.short_name", "sync.field.code",
            "sync.field.kind", "sync.field.title", "sync.field.content", "sync.field.progress", "sync.field.state",
            "sync.field.deadline", "sync.field.leader", "sync.field.date", "sync.field.problems", "sync.field.next_steps",
            "sync.field.status", "sync.field.importance", "sync.field.demo", "sync.field.type",
            "sync.field.legal_limit_days", "sync.field.promised_limit_days", "sync.field.bases", "sync.field.discretion",
            "sync.field.steps", "sync.field.guide", "sync.field.fee");

    private SyncLabels() {
    }

    /** A readable name of an entity type ("督办事项"), or the type itself when it has none. */
    public static String entity(String entity) {
        return switch (String.valueOf(entity)) {
            case "department" -> I18n.t("sync.entity.department");
            case "power_item" -> I18n.t("sync.entity.power_item");
            case "supervision_item" -> I18n.t("sync.entity.supervision_item");
            case "feedback" -> I18n.t("sync.entity.feedback");
            case "attachment" -> I18n.t("sync.entity.attachment");
            default -> String.valueOf(entity);
        };
    }

    /** A readable name of a column ("标题"), or the column itself when it has none. */
    public static String field(String column) {
        if ("*".equals(column)) {
            return I18n.t("sync.field.deleteVsEdit");
        }
        String key = "sync.field." + column;
        return FIELD_KEYS.contains(key) ? I18n.t(key) : String.valueOf(column);
    }

    /** The readable name with the column in brackets when they differ ("名称（name）"), for refusals. */
    static String fieldWithColumn(String column) {
        String label = field(column);
        return label.equals(String.valueOf(column)) ? label : I18n.t("sync.fieldWithColumn", label, column);
    }

    /** A value as it arrived, shortened for a message. */
    static String value(Object value) {
        String s = value == null ? I18n.t("sync.value.null") : String.valueOf(value);
        return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) + "…" : s;
    }
}
