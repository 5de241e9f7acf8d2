package cn.quanze.supervision.ui;

import cn.quanze.supervision.domain.EscalationLevel;
import cn.quanze.supervision.domain.EscalationRule;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The 督办问责规则 tab of 系统管理: the table, a row form below it (select a rule to load it into the form), and
 * 保存 / 恢复默认.
 */
public final class EscalationRulesView {
    private final VBox root;

    public EscalationRulesView(EscalationRulesViewModel vm) {
        TableView<EscalationRule> table = Tables.table(I18n.t("escalation.empty"));
        table.setId("escalation-table");
        table.getColumns().add(Tables.text(I18n.t("escalation.col.trigger"), r -> I18n.of(r.trigger()), 200));
        table.getColumns().add(Tables.text(I18n.t("escalation.col.threshold"), r -> I18n.t(
                r.trigger() == EscalationRule.Trigger.MISSED_FEEDBACK ? "escalation.threshold.MISSED_FEEDBACK"
                        : "escalation.threshold.DEADLINE_OVERDUE", r.threshold()), 160));
        table.getColumns().add(Tables.text(I18n.t("escalation.col.level"), r -> I18n.of(r.level()), 120));
        table.getColumns().add(Tables.text(I18n.t("escalation.col.deduction"), r -> I18n.t("escalation.points",
                r.deduction()), 100));
        table.setItems(vm.rows());
        VBox.setVgrow(table, Priority.ALWAYS);

        ComboBox<EscalationRule.Trigger> trigger = combo("escalation-trigger", EscalationRule.Trigger.values());
        ComboBox<EscalationLevel> level = combo("escalation-level", EscalationLevel.values());
        Spinner<Integer> threshold = spinner("escalation-threshold", 1, 365);
        Spinner<Integer> deduction = spinner("escalation-deduction", 0, 100);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                trigger.setValue(r.trigger());
                level.setValue(r.level());
                threshold.getValueFactory().setValue(r.threshold());
                deduction.getValueFactory().setValue(r.deduction());
            }
        });
        Button add = button("escalation-add", "escalation.add");
        add.setOnAction(e -> vm.add(trigger.getValue(), threshold.getValue(), level.getValue(), deduction.getValue()));
        Button replace = button("escalation-replace", "escalation.replace");
        replace.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        replace.setOnAction(e -> vm.replace(table.getSelectionModel().getSelectedIndex(), trigger.getValue(),
                threshold.getValue(), level.getValue(), deduction.getValue()));
        Button remove = button("escalation-remove", "escalation.remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedIndex()));
        Button defaults = button("escalation-defaults", "escalation.defaults");
        defaults.setOnAction(e -> vm.restoreDefaults());
        Button save = button("escalation-save", "escalation.save");
        save.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        save.disableProperty().bind(vm.dirtyProperty().not());
        save.setOnAction(e -> vm.save());

        HBox form = new HBox(8, new Label(I18n.t("escalation.col.trigger")), trigger,
                new Label(I18n.t("escalation.col.threshold")), threshold, new Label(I18n.t("escalation.col.level")), level,
                new Label(I18n.t("escalation.col.deduction")), deduction, add, replace, remove);
        form.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(I18n.t("escalation.hint"));
        hint.setWrapText(true);
        Label status = new Label();
        status.setId("escalation-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        root = new VBox(10, hint, new HBox(8, status, Ui.spacer(), defaults, save), table, form);
        HBox.setHgrow(status, Priority.ALWAYS);
    }

    private static <E extends Enum<E>> ComboBox<E> combo(String id, E[] values) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(values[0]);
        StringConverter<E> names = new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : I18n.of(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
        box.setConverter(names);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? "" : I18n.of(e));
            }
        });
        return box;
    }

    private static Spinner<Integer> spinner(String id, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, min);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        return s;
    }

    private static Button button(String id, String key) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        return b;
    }

    public Node root() {
        return root;
    }
}
