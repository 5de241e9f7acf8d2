package cn.quanze.supervision.ui;

import cn.quanze.core.i18n.I18n;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** A small form dialog: labelled rows in a grid, OK/cancel (or custom) buttons, a result built from the fields. */
final class FormDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private int row;

    FormDialog(Window owner, String titleKey, Object... args) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.t(titleKey, args));
        dialog.setHeaderText(I18n.t(titleKey, args));
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setMinWidth(380);
        grid.getColumnConstraints().addAll(label, field);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("supervision-form");
        dialog.setResizable(true);
    }

    <T extends Node> T add(String labelKey, T field, String id) {
        field.setId(id);
        grid.addRow(row++, label(labelKey), field);
        return field;
    }

    TextField text(String labelKey, String id) {
        return add(labelKey, new TextField(), id);
    }

    TextArea area(String labelKey, String id) {
        TextArea a = new TextArea();
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return add(labelKey, a, id);
    }

    DatePicker date(String labelKey, String id, java.time.LocalDate value) {
        DatePicker p = new DatePicker(value);
        p.setEditable(true);
        return add(labelKey, p, id);
    }

    /** A file to write: a path field with a 浏览 button; the extension follows {@code extension}. */
    TextField saveFile(String labelKey, String id, java.nio.file.Path initial) {
        TextField path = new TextField(initial.toString());
        path.setId(id);
        javafx.scene.control.Button browse = new javafx.scene.control.Button(I18n.t("supervision.form.browse"));
        browse.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            java.nio.file.Path current = java.nio.file.Path.of(path.getText());
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(String.valueOf(current.getFileName()));
            java.io.File f = chooser.showSaveDialog(dialog.getOwner());
            if (f != null) {
                path.setText(f.getPath());
            }
        });
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, path, browse);
        javafx.scene.layout.HBox.setHgrow(path, Priority.ALWAYS);
        grid.addRow(row++, label(labelKey), box);
        return path;
    }

    private static Label label(String key) {
        Label l = new Label(I18n.t(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    void note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        grid.add(l, 0, row++, 2, 1);
    }

    /** Shows OK and cancel; the result when OK was pressed. */
    <R> Optional<R> ask(Function<ButtonType, R> result) {
        return ask(result, new ButtonType(I18n.t("supervision.form.ok"), ButtonBar.ButtonData.OK_DONE));
    }

    /** Shows the given buttons and cancel; the result for the button pressed (not cancel). */
    <R> Optional<R> ask(Function<ButtonType, R> result, ButtonType... buttons) {
        dialog.getDialogPane().getButtonTypes().addAll(buttons);
        if (buttons.length == 1) {
            cn.quanze.ui.common.SaveShortcut.install(dialog.getDialogPane(), buttons[0]);
        }
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        for (int i = 0; i < buttons.length; i++) {
            dialog.getDialogPane().lookupButton(buttons[i]).setId("form-button-" + i);
        }
        return dialog.showAndWait().filter(b -> b.getButtonData() != ButtonBar.ButtonData.CANCEL_CLOSE).map(result);
    }

    static String value(TextField f) {
        return f.getText();
    }
}
