package cn.quanze.ui.setup;

import cn.quanze.domain.office.OfficeLevel;
import cn.quanze.i18n.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The first-run dialog: sets the office identity and offers the demo data. */
public final class SetupDialog {
    private SetupDialog() {
    }

    public static Optional<SetupViewModel.Choice> ask(Window owner, SetupViewModel vm) {
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
        grid.addRow(0, new Label(I18n.t("setup.code")), code);
        grid.addRow(1, new Label(I18n.t("setup.name")), name);
        grid.addRow(2, new Label(I18n.t("setup.level")), level);
        grid.add(demo, 1, 3);
        grid.add(problem, 1, 4);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.validProperty().not());
        dialog.setResultConverter(b -> b == ButtonType.OK ? vm.choice() : null);
        return dialog.showAndWait();
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
