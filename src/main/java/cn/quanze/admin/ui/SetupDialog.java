package cn.quanze.admin.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The first-run dialog: sets the office identity, offers the demo data and creates the first 管理员. */
public final class SetupDialog {
    private SetupDialog() {
    }

    public static Optional<SetupViewModel.Choice> ask(Window owner, SetupViewModel vm) {
        return ask(owner, vm, null);
    }

    /** As {@link #ask(Window, SetupViewModel)}, with the step that takes the office's units ({@code units} null: none). */
    public static Optional<SetupViewModel.Choice> ask(Window owner, SetupViewModel vm, SetupUnitsViewModel units) {
        Dialog<SetupViewModel.Choice> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.t("setup.title"));
        dialog.setHeaderText(I18n.t("setup.header"));
        TextField code = new TextField();
        code.setId("setup-code");
        code.setPromptText("JD01");
        code.textProperty().bindBidirectional(vm.codeProperty());
        TextField name = new TextField();
        name.setId("setup-name");
        name.setPromptText(I18n.t("setup.name.prompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<OfficeLevel> level = new ComboBox<>();
        level.setId("setup-level");
        level.getItems().setAll(OfficeLevel.values());
        level.setCellFactory(l -> levelCell());
        level.setButtonCell(levelCell());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        CheckBox demo = new CheckBox(I18n.t("setup.demo"));
        demo.setId("setup-demo");
        demo.selectedProperty().bindBidirectional(vm.demoProperty());
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(vm.problemProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        if (vm.officeNeeded()) {
            grid.addRow(row++, new Label(I18n.t("setup.code")), code);
            grid.addRow(row++, new Label(I18n.t("setup.name")), name);
            grid.addRow(row++, new Label(I18n.t("setup.level")), level);
            grid.add(demo, 1, row++);
            if (units != null) {
                grid.add(SetupUnitsStep.build(units), 0, row++, 2, 1);
            }
        } else {
            dialog.setHeaderText(I18n.t("setup.header.admin"));
        }
        Label adminTitle = new Label(I18n.t("setup.admin"));
        adminTitle.getStyleClass().add(Styles.TITLE_4);
        grid.add(adminTitle, 0, row++, 2, 1);
        grid.addRow(row++, new Label(I18n.t("setup.admin.login")), field("setup-admin-login", vm.adminLoginProperty()));
        grid.addRow(row++, new Label(I18n.t("setup.admin.name")), field("setup-admin-name", vm.adminNameProperty()));
        grid.addRow(row++, new Label(I18n.t("setup.admin.password")), secret("setup-admin-password",
                vm.passwordProperty()));
        grid.addRow(row++, new Label(I18n.t("setup.admin.confirm")), secret("setup-admin-confirm",
                vm.confirmProperty()));
        grid.add(problem, 1, row);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        if (units != null && vm.officeNeeded()) {
            units.levelProperty().bind(vm.levelProperty());
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
            scroll.setId("setup-scroll");
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(520); // 确定/取消 stay in sight on a 768-pixel screen
            dialog.getDialogPane().setContent(scroll);
        } else {
            dialog.getDialogPane().setContent(grid);
        }
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(units == null
                ? vm.validProperty().not() : vm.validProperty().not().or(units.validProperty().not()));
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL))
                .setText(I18n.t("common.cancel"));
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(I18n.t("setup.finish"));
        dialog.setResultConverter(b -> b == ButtonType.OK ? vm.choice() : null);
        return dialog.showAndWait();
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
