package cn.quanze.supervision.ui;

import cn.quanze.supervision.domain.Escalation;
import cn.quanze.supervision.domain.EscalationLevel;
import cn.quanze.supervision.domain.EscalationRule;
import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.supervision.SupervisionMessages;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.EscalationRules;
import cn.quanze.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 督办问责规则 tab: the office's escalation table (which missed feedback cycles or working days overdue lead to a
 * deduction, 黄牌, 通报 or a 问责 proposal). Rows are edited here and kept only on 保存, after the table as a whole
 * passes {@link Escalation#checkTable}; the scores and the 督查专报 use the saved table from then on.
 */
public final class EscalationRulesViewModel {
    private static final Comparator<EscalationRule> ORDER = Comparator.comparing(EscalationRule::trigger)
            .thenComparingInt(EscalationRule::threshold);
    private final EscalationRules rules;
    private final TaskExecutor tasks;
    private final ObservableList<EscalationRule> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);

    public EscalationRulesViewModel(EscalationRules rules, TaskExecutor tasks) {
        this.rules = rules;
        this.tasks = tasks;
    }

    /** Reads the saved table (or the shipped defaults when the office never changed it). */
    public void refresh() {
        tasks.run("escalation.loading", rules::current, loaded -> {
            rows.setAll(sorted(loaded));
            dirty.set(false);
            status.set("");
        });
    }

    /** Adds a rule to the table being edited; false (with the reason in the status) when the row is invalid. */
    public boolean add(EscalationRule.Trigger trigger, Integer threshold, EscalationLevel level, Integer deduction) {
        return edit(-1, trigger, threshold, level, deduction);
    }

    /** Replaces the rule at {@code index} of {@link #rows()}. */
    public boolean replace(int index, EscalationRule.Trigger trigger, Integer threshold, EscalationLevel level,
                           Integer deduction) {
        return index >= 0 && index < rows.size() && edit(index, trigger, threshold, level, deduction);
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
            changed();
        }
    }

    /** Puts the shipped table back into the editor (kept only on 保存). */
    public void restoreDefaults() {
        rows.setAll(sorted(EscalationRules.defaults()));
        changed();
    }

    /** Keeps the edited table when it passes the checks; else says why and keeps nothing. */
    public boolean save() {
        List<EscalationRule> table = List.copyOf(rows);
        try {
            Escalation.checkTable(table);
        } catch (TransitionRefused refused) {
            status.set(SupervisionMessages.describe(refused));
            return false;
        }
        tasks.run("escalation.saving", () -> {
            rules.save(table);
            return table.size();
        }, n -> {
            dirty.set(false);
            status.set(I18n.t("escalation.saved", n));
        });
        return true;
    }

    private boolean edit(int index, EscalationRule.Trigger trigger, Integer threshold, EscalationLevel level,
                         Integer deduction) {
        if (trigger == null || level == null || threshold == null || deduction == null) {
            status.set(I18n.t("escalation.incomplete"));
            return false;
        }
        EscalationRule rule;
        try {
            rule = new EscalationRule(trigger, threshold, level, deduction);
        } catch (TransitionRefused refused) {
            status.set(SupervisionMessages.describe(refused));
            return false;
        }
        List<EscalationRule> next = new ArrayList<>(rows);
        if (index < 0) {
            next.add(rule);
        } else {
            next.set(index, rule);
        }
        rows.setAll(sorted(next));
        changed();
        return true;
    }

    private void changed() {
        dirty.set(true);
        status.set(I18n.t("escalation.unsaved"));
    }

    private static List<EscalationRule> sorted(List<EscalationRule> rules) {
        return rules.stream().sorted(ORDER).toList();
    }

    public ObservableList<EscalationRule> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
