package cn.quanze.powers.ui;

import cn.quanze.core.domain.HybridClock;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.powers.domain.AdjustmentKind;
import cn.quanze.powers.domain.PowerAdjustment;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.powers.files.PowerColumns;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.History;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the detail pane shows for one item: the item, its main item, its adjustments and its history — each
 * revision from the change log with the before/after of every changed field, already in words.
 */
public record PowerDetail(PowerItem item, PowerItem parent, String departmentName, List<PowerAdjustment> adjustments,
                          List<History.Step> steps, List<PowerItem> allItems) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("code", "powers.excel.col.code"), Map.entry("name", "powers.excel.col.name"),
            Map.entry("type", "powers.excel.col.type"), Map.entry("parent_id", "powers.excel.col.parentCode"),
            Map.entry("department_id", "powers.excel.col.department"),
            Map.entry("undertaking_office", "powers.excel.col.office"), Map.entry("level", "powers.excel.col.level"),
            Map.entry("legal_limit_days", "powers.excel.col.legalLimit"),
            Map.entry("promised_limit_days", "powers.excel.col.promisedLimit"), Map.entry("fee", "powers.field.fee"),
            Map.entry("bases", "powers.excel.col.bases"), Map.entry("discretion", "powers.excel.col.discretion"),
            Map.entry("steps", "powers.excel.col.steps"), Map.entry("guide", "powers.field.guide"),
            Map.entry("status", "powers.excel.col.status"), Map.entry("remarks", "powers.excel.col.remarks"));
    private static final Map<String, String> ACTION_KEYS = Map.of("powers.create", "powers.history.create",
            "powers.change", "powers.history.change", "powers.import", "powers.history.import",
            "powers.restore", "powers.history.restore", "demo.load", "powers.history.demo");

    /** One revision in words. */
    public record HistoryLine(String when, String who, String what, List<String> changes) {
    }

    public List<HistoryLine> historyLines() {
        List<HistoryLine> out = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            History.Step s = steps.get(i);
            List<String> changes = new ArrayList<>();
            if (i > 0) {
                for (History.FieldChange c : s.changes()) {
                    String key = FIELD_KEYS.get(c.field());
                    if (key != null) {
                        changes.add(I18n.t("powers.history.field", I18n.t(key), value(c.field(), c.before()),
                                value(c.field(), c.after())));
                    }
                }
            }
            String when = TIME.format(Instant.ofEpochMilli(HybridClock.millisOf(s.revision().hlc()))
                    .atZone(ZoneId.systemDefault()));
            out.add(new HistoryLine(when, s.revision().user(), action(s.revision().action(), i == 0), changes));
        }
        return out;
    }

    private static String action(String action, boolean first) {
        if (action != null && action.startsWith("powers.adjust.")) {
            String kind = action.substring("powers.adjust.".length()).toUpperCase();
            for (AdjustmentKind k : AdjustmentKind.values()) {
                if (k.name().equals(kind)) {
                    return I18n.of(k);
                }
            }
        }
        String key = action == null ? null : ACTION_KEYS.get(action);
        if (key != null) {
            return I18n.t(key);
        }
        return I18n.t(first ? "powers.history.create" : "powers.history.change");
    }

    private String value(String field, Object v) {
        if (v == null || v.toString().isEmpty() || "[]".equals(v.toString())) {
            return I18n.t("powers.history.empty");
        }
        String s = v.toString();
        return switch (field) {
            case "type" -> I18n.of(PowerType.valueOf(s));
            case "status" -> I18n.of(PowerStatus.valueOf(s));
            case "level" -> I18n.of(OfficeLevel.valueOf(s));
            case "parent_id", "department_id" -> allItems.stream().filter(p -> p.id().equals(s)).map(PowerItem::name)
                    .findFirst().orElse(field.equals("department_id") ? departmentName : s);
            default -> s.length() > 120 ? s.substring(0, 120) + "…" : s;
        };
    }

    public String targetName(PowerAdjustment a) {
        if (a.targetId() == null) {
            return "";
        }
        return allItems.stream().filter(p -> p.id().equals(a.targetId())).map(p -> p.code() + " " + p.name()).findFirst()
                .orElse("");
    }

    public String stepsText() {
        return PowerColumns.stepsChart(item.steps());
    }
}
