package cn.quanze.duties.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import cn.quanze.duties.ui.EditForm.Choice;
import cn.quanze.duties.ui.EditForm.Field;
import cn.quanze.duties.ui.EditForm.FormRow;
import cn.quanze.duties.ui.EditForm.Section;
import java.util.List;
import cn.quanze.ui.common.FieldMessage;
import cn.quanze.ui.common.FormOutcome;
import cn.quanze.ui.common.Screens;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Draws an {@link EditForm} as a dialog: each section a list of rows of fields, with add and remove buttons, sized to
 * the screen (the rows scroll, the buttons stay in view). 保存 validates through the form and stays open, listing
 * the problems and marking each field, until the form is valid and the save is written; a refused save keeps the
 * form open with what was typed and says why.
 */
final class FormDialog {
    private FormDialog() {
    }

    static void show(Window owner, EditForm form, Runnable onClosed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        ButtonType save = new ButtonType(I18n.t("duties.form.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(I18n.t("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Label errors = new Label();
        errors.setId("duties-form-errors");
        errors.setWrapText(true);
        errors.getStyleClass().add(Styles.DANGER);
        VBox body = new VBox(12);
        body.setPadding(new Insets(4));
        HBox actions = new HBox(8);
        form.actions().forEach((key, action) -> {
            Button b = new Button(I18n.t(key));
            b.setId("duties-form-action-" + key.substring(key.lastIndexOf('.') + 1));
            b.setOnAction(e -> action.run());
            actions.getChildren().add(b);
        });
        if (!actions.getChildren().isEmpty()) {
            body.getChildren().add(actions);
        }
        for (Section s : form.sections()) {
            body.getChildren().add(section(s));
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        Screens.followFocus(scroll);
        scroll.setPrefSize(980, 560);
        VBox content = new VBox(8, errors, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        content.setId("duties-form-" + form.id());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(1000); // narrowed to the screen when it is smaller
        Node ok = dialog.getDialogPane().lookupButton(save);
        cn.quanze.ui.common.SaveShortcut.install(dialog.getDialogPane(), save);
        ok.setId("duties-form-save");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            errors.setText("");
            List<String> problems = form.submit(new FormOutcome() {
                @Override
                public void done() {
                    dialog.setResult(save);
                    dialog.close();
                }

                @Override
                public void refused(String message, String field) {
                    ok.setDisable(false);
                    errors.setText(message);
                }
            });
            if (!problems.isEmpty()) {
                // the first problem, and how many more: each one is marked beside its field below
                errors.setText(problems.size() == 1 ? problems.get(0)
                        : I18n.t("duties.form.problems", problems.get(0), problems.size() - 1));
            } else {
                ok.setDisable(true);
            }
        });
        dialog.setOnHidden(e -> onClosed.run());
        Screens.keepOnScreen(dialog);
        dialog.show();
    }

    private static VBox section(Section s) {
        Label title = new Label(s.title());
        title.getStyleClass().add(Styles.TITLE_4);
        VBox rows = new VBox(6);
        HBox head = new HBox(8, title);
        head.setAlignment(Pos.CENTER_LEFT);
        if (!s.fixed()) {
            Button add = new Button(I18n.t("duties.form.addRow"));
            add.setId("duties-form-" + s.id() + "-add");
            add.getStyleClass().add(Styles.SMALL);
            add.setOnAction(e -> s.addRow());
            head.getChildren().add(add);
        }
        Runnable redraw = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < s.rows().size(); i++) {
                rows.getChildren().add(row(s, s.rows().get(i), i));
            }
        };
        s.rows().addListener((ListChangeListener<FormRow>) c -> redraw.run());
        redraw.run();
        return new VBox(6, head, rows);
    }

    private static HBox row(Section s, FormRow row, int index) {
        HBox box = new HBox(6);
        box.setAlignment(Pos.TOP_LEFT);
        Label number = new Label((index + 1) + ".");
        number.setMinWidth(24);
        box.getChildren().add(number);
        for (Field f : s.fields()) {
            Node control = control(f, row);
            control.setId("duties-form-" + s.id() + "-" + index + "-" + f.name());
            FieldMessage message = new FieldMessage(control);
            message.label().textProperty().bind(row.problemProperty(f.name()));
            VBox cell = new VBox(2, small(f), message.node());
            HBox.setHgrow(cell, f.kind() == EditForm.Kind.AREA ? Priority.ALWAYS : Priority.SOMETIMES);
            box.getChildren().add(cell);
        }
        if (!s.fixed()) {
            Button remove = new Button(I18n.t("duties.form.removeRow"));
            remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            remove.setId("duties-form-" + s.id() + "-" + index + "-remove");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setOnAction(e -> s.removeRow(row));
            box.getChildren().add(remove);
        }
        return box;
    }

    private static Label small(Field f) {
        Label l = new Label(I18n.t(f.labelKey()) + (f.required() ? " *" : ""));
        l.getStyleClass().add(Styles.TEXT_SMALL);
        return l;
    }

    private static Node control(Field f, FormRow row) {
        switch (f.kind()) {
            case CHOICE -> {
                ComboBox<Choice> box = new ComboBox<>();
                box.getItems().setAll(f.choices());
                box.setPrefWidth(f.choices().size() > 20 ? 210 : 160);
                box.setMinWidth(Region.USE_PREF_SIZE);
                box.setValue(f.choices().stream().filter(c -> c.value().equals(row.get(f.name()))).findFirst()
                        .orElse(null));
                box.valueProperty().addListener((o, a, b) -> row.set(f.name(), b == null ? "" : b.value()));
                return box;
            }
            case AREA -> {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(2);
                area.setMinWidth(260);
                return bind(area, f, row);
            }
            default -> {
                TextField field = new TextField();
                field.setPrefWidth(f.kind() == EditForm.Kind.NUMBER ? 90 : 220);
                field.setMinWidth(Region.USE_PREF_SIZE);
                return bind(field, f, row);
            }
        }
    }

    private static Node bind(TextInputControl control, Field f, FormRow row) {
        control.textProperty().bindBidirectional(row.property(f.name()));
        return control;
    }
}
