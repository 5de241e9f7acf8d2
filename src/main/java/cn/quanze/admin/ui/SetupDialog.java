package cn.quanze.admin.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.FieldMessage;
import cn.quanze.ui.common.FormOutcome;
import cn.quanze.ui.common.Screens;
import java.util.function.BiConsumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The first-run dialog: the office identity and the first 管理员, then 新建本单位数据 (the default button) or
 * 载入示例数据. Each problem shows beside its field; the dialog stays open while the office is set up and, when
 * that is refused, says why with everything still as typed.
 */
public final class SetupDialog {
    private SetupDialog() {
    }

    /**
     * Shows the dialog; a choice goes to {@code submit}, which reports back through the {@link FormOutcome} (done
     * closes the dialog; refused keeps it open, the field named by one of {@link SetupViewModel}'s field names).
     * {@code cancelled} runs when the user cancels instead. {@code units} (null: none) is the step that takes the
     * office's own units, typed or from the unit list XLSX.
     */
    public static void show(Window owner, SetupViewModel vm, SetupUnitsViewModel units,
                            BiConsumer<SetupViewModel.Choice, FormOutcome> submit, Runnable cancelled) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.t("setup.title"));
        dialog.setHeaderText(I18n.t(vm.officeNeeded() ? "setup.header" : "setup.header.admin"));
        dialog.getDialogPane().setId("setup-dialog");
        TextField code = field("setup-code", vm.codeProperty());
        code.setPromptText("JD01");
        TextField name = field("setup-name", vm.nameProperty());
        name.setPromptText(I18n.t("setup.name.prompt"));
        ComboBox<OfficeLevel> level = new ComboBox<>();
        level.setId("setup-level");
        level.getItems().setAll(OfficeLevel.values());
        level.setCellFactory(l -> levelCell());
        level.setButtonCell(levelCell());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        Label problem = new Label();
        problem.setId("setup-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        if (vm.officeNeeded()) {
            grid.addRow(row++, label("setup.code"), beside(code, vm, SetupViewModel.CODE));
            grid.addRow(row++, label("setup.name"), beside(name, vm, SetupViewModel.NAME));
            grid.addRow(row++, label("setup.level"), beside(level, vm, SetupViewModel.LEVEL));
            if (units != null) {
                units.levelProperty().bind(vm.levelProperty());
                grid.add(SetupUnitsStep.build(units), 0, row++, 2, 1);
            }
        }
        Label adminTitle = new Label(I18n.t("setup.admin"));
        adminTitle.getStyleClass().add(Styles.TITLE_4);
        grid.add(adminTitle, 0, row++, 2, 1);
        grid.addRow(row++, label("setup.admin.login"), beside(field("setup-admin-login", vm.adminLoginProperty()), vm,
                SetupViewModel.LOGIN));
        grid.addRow(row++, label("setup.admin.name"), field("setup-admin-name", vm.adminNameProperty()));
        grid.addRow(row++, label("setup.admin.password"), beside(secret("setup-admin-password", vm.passwordProperty()),
                vm, SetupViewModel.PASSWORD));
        grid.addRow(row++, label("setup.admin.confirm"), beside(secret("setup-admin-confirm", vm.confirmProperty()),
                vm, SetupViewModel.CONFIRM));
        if (vm.officeNeeded()) {
            Label paths = new Label(I18n.t("setup.paths"));
            paths.setWrapText(true);
            paths.setMaxWidth(460);
            paths.setMinHeight(Region.USE_PREF_SIZE);
            paths.getStyleClass().add(Styles.TEXT_MUTED);
            grid.add(paths, 0, row++, 2, 1);
        }
        grid.add(problem, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType own = new ButtonType(I18n.t(vm.officeNeeded() ? "setup.own" : "setup.createAdmin"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType demo = new ButtonType(I18n.t("setup.demo"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(own);
        if (vm.officeNeeded()) {
            dialog.getDialogPane().getButtonTypes().add(demo);
        }
        dialog.getDialogPane().getButtonTypes().add(cancel);
        Button ownButton = (Button) dialog.getDialogPane().lookupButton(own);
        ownButton.setId("setup-own");
        ownButton.setDefaultButton(true);
        Button demoButton = (Button) dialog.getDialogPane().lookupButton(demo);
        if (demoButton != null) {
            demoButton.setId("setup-demo");
            demoButton.setDefaultButton(false);
        }
        for (Button b : new Button[] {ownButton, demoButton}) {
            if (b == null) {
                continue;
            }
            boolean withDemo = b == demoButton;
            b.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                problem.setText("");
                if (!vm.validate()) {
                    Screens.refit(dialog);
                    return;
                }
                ownButton.setDisable(true);
                if (demoButton != null) {
                    demoButton.setDisable(true);
                }
                submit.accept(vm.choice(withDemo), new FormOutcome() {
                    @Override
                    public void done() {
                        vm.clearPasswords();
                        dialog.setResult(withDemo ? demo : own);
                        dialog.close();
                    }

                    @Override
                    public void refused(String message, String field) {
                        ownButton.setDisable(false);
                        if (demoButton != null) {
                            demoButton.setDisable(false);
                        }
                        if (field != null) {
                            vm.refuse(field, message);
                        } else {
                            problem.setText(message);
                        }
                        Screens.refit(dialog);
                    }
                });
            });
        }
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == null || dialog.getResult() == cancel) {
                cancelled.run();
            }
        });
        Screens.fit(dialog);
        dialog.show();
    }

    private static Label label(String key) {
        Label l = new Label(I18n.t(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Node beside(Node field, SetupViewModel vm, String name) {
        FieldMessage m = new FieldMessage(field);
        m.label().textProperty().bind(vm.problemOf(name));
        return m.node();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static PasswordField secret(String id, javafx.beans.property.StringProperty value) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static ListCell<OfficeLevel> levelCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(OfficeLevel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : I18n.of(item));
            }
        };
    }
}
