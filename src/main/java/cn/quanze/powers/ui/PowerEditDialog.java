package cn.quanze.powers.ui;

import static cn.quanze.powers.ui.PowerEditViewModel.CODE;
import static cn.quanze.powers.ui.PowerEditViewModel.DEPARTMENT;
import static cn.quanze.powers.ui.PowerEditViewModel.DOC_NO;
import static cn.quanze.powers.ui.PowerEditViewModel.EFFECTIVE;
import static cn.quanze.powers.ui.PowerEditViewModel.LEGAL;
import static cn.quanze.powers.ui.PowerEditViewModel.NAME;
import static cn.quanze.powers.ui.PowerEditViewModel.PROMISED;
import static cn.quanze.powers.ui.PowerEditViewModel.STEPS;
import static cn.quanze.powers.ui.PowerEditViewModel.TYPE;

import atlantafx.base.theme.Styles;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.DateField;
import cn.quanze.ui.common.Dates;
import cn.quanze.ui.common.FieldMessage;
import cn.quanze.ui.common.Screens;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The form to create or change an item: fields in tabs, the decision (文号, reason, date), problems in red beside
 * their fields and listed at the foot; a refused save keeps the form open as typed.
 */
final class PowerEditDialog {
    private PowerEditDialog() {
    }

    static void show(Window owner, PowerEditViewModel vm, List<Department> departments, Consumer<PowerItem> saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t(vm.isNew() ? vm.parent() != null ? "powers.edit.titleNewSub" : "powers.edit.titleNew"
                : "powers.edit.titleChange"));
        GridPane main = grid();
        int r = 0;
        if (vm.parent() != null) {
            main.addRow(r++, label("powers.detail.parent"), new Label(vm.parent().code() + " " + vm.parent().name()));
        }
        main.addRow(r++, label("powers.excel.col.code"), beside(text("powers-edit-code", vm.code), vm, CODE));
        main.addRow(r++, label("powers.excel.col.name"), beside(text("powers-edit-name", vm.name), vm, NAME));
        main.addRow(r++, label("powers.excel.col.type"), beside(combo("powers-edit-type", List.of(PowerType.values()),
                vm.type, I18n::of), vm, TYPE));
        main.addRow(r++, label("powers.excel.col.department"), beside(unitChooser(departments, vm.department), vm,
                DEPARTMENT));
        main.addRow(r++, label("powers.excel.col.office"), text("powers-edit-office", vm.office));
        main.addRow(r++, label("powers.excel.col.level"), combo("powers-edit-level", List.of(OfficeLevel.values()), vm.level,
                I18n::of));
        main.addRow(r++, label("powers.excel.col.legalLimit"), beside(text("powers-edit-legal", vm.legalLimit), vm, LEGAL));
        main.addRow(r++, label("powers.excel.col.promisedLimit"), beside(text("powers-edit-promised",
                vm.promisedLimit), vm, PROMISED));
        main.addRow(r++, label("powers.excel.col.status"), combo("powers-edit-status", List.of(PowerStatus.values()),
                vm.status, I18n::of));
        main.addRow(r++, label("powers.excel.col.feeBasis"), text("powers-edit-fee-basis", vm.feeBasis));
        main.addRow(r++, label("powers.excel.col.feeStandard"), text("powers-edit-fee-standard", vm.feeStandard));
        main.addRow(r, label("powers.excel.col.remarks"), area("powers-edit-remarks", vm.remarks, 2));
        GridPane more = grid();
        more.addRow(0, label("powers.excel.col.bases"), area("powers-edit-bases", vm.bases, 5));
        more.addRow(1, new Label(), hint("powers.edit.hint.bases"));
        more.addRow(2, label("powers.excel.col.discretion"), area("powers-edit-discretion", vm.discretion, 4));
        more.addRow(3, new Label(), hint("powers.edit.hint.discretion"));
        more.addRow(4, label("powers.excel.col.steps"), beside(area("powers-edit-steps", vm.steps, 4), vm, STEPS));
        more.addRow(5, new Label(), hint("powers.edit.hint.steps"));
        GridPane guide = grid();
        guide.addRow(0, label("powers.excel.col.conditions"), area("powers-edit-conditions", vm.conditions, 3));
        guide.addRow(1, label("powers.excel.col.materials"), area("powers-edit-materials", vm.materials, 3));
        guide.addRow(2, label("powers.excel.col.location"), text("powers-edit-location", vm.location));
        guide.addRow(3, label("powers.excel.col.hours"), text("powers-edit-hours", vm.hours));
        guide.addRow(4, label("powers.excel.col.phone"), text("powers-edit-phone", vm.phone));
        guide.addRow(5, label("powers.excel.col.supervisionPhone"), text("powers-edit-supervision-phone", vm.supervisionPhone));
        TabPane tabs = new TabPane(new Tab(I18n.t("powers.tab.basic"), scroll(main)),
                new Tab(I18n.t("powers.edit.tab.basesAndProcess"), scroll(more)),
                new Tab(I18n.t("powers.tab.guide"), scroll(guide)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        GridPane decision = grid();
        decision.addRow(0, label("powers.adjust.docNo"), beside(text("powers-edit-docno", vm.docNo), vm, DOC_NO));
        decision.addRow(1, label("powers.adjust.reason"), text("powers-edit-reason", vm.reason));
        DatePicker date = DateField.picker("powers-edit-effective", Dates.parse(vm.effective.get()).orElse(null));
        date.getEditor().textProperty().bindBidirectional(vm.effective);
        decision.addRow(2, label("powers.adjust.effective"), beside(date, vm, EFFECTIVE));
        Label errors = new Label();
        errors.setId("powers-edit-errors");
        errors.getStyleClass().add(Styles.DANGER);
        errors.setWrapText(true);
        errors.textProperty().bind(vm.errorsProperty());
        Label decisionTitle = new Label(I18n.t(vm.isNew() ? "powers.edit.decisionNew" : "powers.edit.decisionChange"));
        decisionTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox content = new VBox(10, tabs, decisionTitle, decision, errors);
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        errors.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        errors.managedProperty().bind(errors.textProperty().isNotEmpty());
        content.setPrefSize(720, 640);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(I18n.t("powers.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        cn.quanze.ui.common.SaveShortcut.install(dialog.getDialogPane(), save);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("powers-edit-save");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(I18n.t("common.cancel"));
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(item -> {
                dialog.setResult(save);
                dialog.close();
                saved.accept(item);
            });
        });
        Screens.keepOnScreen(dialog);
        dialog.show();
    }

    /** {@code field} with the view model's problem about {@code name} under it. */
    private static Node beside(Node field, PowerEditViewModel vm, String name) {
        FieldMessage m = new FieldMessage(field);
        m.label().textProperty().bind(vm.problemOf(name));
        return m.node();
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        return g;
    }

    private static Label label(String key) {
        Label l = new Label(I18n.t(key));
        l.setMinWidth(130);
        return l;
    }

    private static Label hint(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        l.setWrapText(true);
        return l;
    }

    private static TextField text(String id, StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(32);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static TextArea area(String id, StringProperty p, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setPrefColumnCount(40);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(p);
        return a;
    }

    /** 实施主体: filters the units as the user types (name, short name, alias). */
    private static ComboBox<Department> unitChooser(List<Department> units, ObjectProperty<Department> p) {
        ComboBox<Department> c = new cn.quanze.ui.common.FilterComboBox<>(units, Department::name,
                cn.quanze.org.domain.UnitMatcher::keysOf, cn.quanze.org.domain.UnitMatcher::normalize);
        c.setId("powers-edit-department");
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    private static <T> ComboBox<T> combo(String id, List<T> values, ObjectProperty<T> p, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().addAll(values);
        c.setCellFactory(l -> cell(label));
        c.setButtonCell(cell(label));
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    private static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }

    private static Node scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        return s;
    }
}
