package cn.quanze.ui.common;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A form dialog: labelled rows in a grid, 确定/取消 (or custom) buttons, sized to the screen with its rows scrolling
 * and its buttons always in view. 确定 reads the dates and numbers typed, builds the result and hands it to the work;
 * the dialog closes when the work is done and, when refused, stays open with everything as typed and the reason
 * beside the field it is about (or at its foot).
 */
public final class FormDialog {
    /** The field hint for a refusal about the form's date (the first date field). */
    public static final String DATE_FIELD = "date";
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Map<String, FieldMessage> fields = new LinkedHashMap<>();
    private final List<DateField> dates = new ArrayList<>();
    private final Map<String, Spinner<Integer>> numbers = new LinkedHashMap<>();
    private final Label message = new Label();
    private int row;

    public FormDialog(Window owner, String titleKey, Object... args) {
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
        message.setId("form-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.visibleProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("form-dialog");
    }

    /** The dialog pane's id (tests and styles find the form by it). */
    public FormDialog id(String id) {
        dialog.getDialogPane().setId(id);
        return this;
    }

    /** A row: the label, the field and the place for its message; refusals name the field by {@code labelKey}. */
    public <T extends Node> T add(String labelKey, T field, String id) {
        field.setId(id);
        FieldMessage m = new FieldMessage(field);
        fields.putIfAbsent(labelKey, m);
        grid.addRow(row++, label(labelKey), m.node());
        return field;
    }

    public TextField text(String labelKey, String id) {
        return add(labelKey, new TextField(), id);
    }

    public TextArea area(String labelKey, String id) {
        TextArea a = new TextArea();
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return add(labelKey, a, id);
    }

    /** A date field taking 2026-12-31, 2026/12/31, 2026.12.31 and 2026年12月31日; checked when OK is pressed. */
    public DatePicker date(String labelKey, String id, java.time.LocalDate value) {
        DateField d = new DateField(id, I18n.t(labelKey), value);
        dates.add(d);
        fields.putIfAbsent(labelKey, d.message());
        grid.addRow(row++, label(labelKey), d.node());
        return d.picker();
    }

    /**
     * A whole number from {@code min} to {@code max} with up/down arrows; what is typed is checked when OK is
     * pressed (a text that is not such a number is refused beside the field, not thrown away).
     */
    public Spinner<Integer> number(String labelKey, String id, int min, int max, int initial, int step) {
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                initial, step);
        f.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                Integer n = whole(text, min, max);
                return n == null ? f.getValue() : n;
            }
        });
        spinner.setValueFactory(f);
        spinner.setEditable(true);
        spinner.getEditor().setText(f.getConverter().toString(f.getValue()));
        numbers.put(labelKey, spinner);
        return add(labelKey, spinner, id);
    }

    private static Integer whole(String text, int min, int max) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A file to write: a path field with a 浏览 button. */
    public TextField saveFile(String labelKey, String id, java.nio.file.Path initial) {
        TextField path = new TextField(initial.toString());
        path.setId(id);
        Button browse = new Button(I18n.t("common.browse"));
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
        FieldMessage m = new FieldMessage(box);
        fields.putIfAbsent(labelKey, m);
        grid.addRow(row++, label(labelKey), m.node());
        return path;
    }

    private static Label label(String key) {
        Label l = new Label(I18n.t(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A line of text across the form. */
    public void note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        grid.add(l, 0, row++, 2, 1);
    }

    /** Shows OK and cancel; OK hands the result to {@code submit}. */
    public <R> void ask(Function<ButtonType, R> result, BiConsumer<R, FormOutcome> submit) {
        ask(result, submit, new ButtonType(I18n.t("common.ok"), ButtonBar.ButtonData.OK_DONE));
    }

    /**
     * Shows the given buttons and cancel; each hands the result for it to {@code submit}, which reports back through
     * the {@link FormOutcome}: done closes the dialog, refused keeps it open and says why.
     */
    public <R> void ask(Function<ButtonType, R> result, BiConsumer<R, FormOutcome> submit, ButtonType... buttons) {
        dialog.getDialogPane().getButtonTypes().addAll(buttons);
        if (buttons.length == 1) {
            cn.quanze.ui.common.SaveShortcut.install(dialog.getDialogPane(), buttons[0]);
        }
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        grid.add(message, 0, row++, 2, 1);
        for (int i = 0; i < buttons.length; i++) {
            ButtonType type = buttons[i];
            Button b = (Button) dialog.getDialogPane().lookupButton(type);
            b.setId("form-button-" + i);
            b.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                press(type, result, submit, buttons);
            });
        }
        Screens.fit(dialog);
        dialog.show();
    }

    private <R> void press(ButtonType type, Function<ButtonType, R> result, BiConsumer<R, FormOutcome> submit,
                           ButtonType[] buttons) {
        fields.values().forEach(FieldMessage::clear);
        message.setText("");
        boolean readable = true;
        for (DateField d : dates) {
            readable &= d.check();
        }
        for (Map.Entry<String, Spinner<Integer>> n : numbers.entrySet()) {
            readable &= checkNumber(n.getKey(), n.getValue());
        }
        if (!readable) {
            Screens.refit(dialog);
            fields.values().stream().filter(f -> !f.text().isEmpty()).findFirst()
                    .ifPresent(f -> Screens.reveal(f.node()));
            return;
        }
        R r;
        try {
            r = result.apply(type);
        } catch (Invalid invalid) {
            show(invalid.field, invalid.getMessage());
            return;
        }
        enable(buttons, false);
        submit.accept(r, new FormOutcome() {
            @Override
            public void done() {
                dialog.setResult(type);
                dialog.close();
            }

            @Override
            public void refused(String text, String field) {
                enable(buttons, true);
                show(field, text);
            }
        });
    }

    /** Says {@code text} beside the field {@code field} names, or at the foot of the form. */
    private void show(String field, String text) {
        FieldMessage beside = field == null ? null : field.equals(DATE_FIELD) && !dates.isEmpty()
                ? dates.get(0).message() : fields.get(field);
        if (beside != null) {
            beside.show(text);
        } else {
            message.setText(text);
        }
        Screens.refit(dialog);
        Screens.reveal(beside != null ? beside.node() : message);
    }

    private boolean checkNumber(String labelKey, Spinner<Integer> spinner) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f = (SpinnerValueFactory.IntegerSpinnerValueFactory)
                spinner.getValueFactory();
        String text = spinner.getEditor().getText();
        if (text == null || text.isBlank()) {
            spinner.getEditor().setText(f.getConverter().toString(f.getValue()));
            return true; // nothing typed: the value shown by the arrows
        }
        Integer n = whole(text, f.getMin(), f.getMax());
        if (n == null) {
            fields.get(labelKey).show(I18n.t("form.numberBad", I18n.t(labelKey), text == null ? ""
                    : text.strip(), f.getMin(), f.getMax()));
            return false;
        }
        f.setValue(n);
        return true;
    }

    /** Thrown by a result builder for input that cannot be read: the form says so beside the field. */
    public static final class Invalid extends RuntimeException {
        private final String field;

        /** {@code field} is the label key of the field, {@code message} the sentence naming it. */
        public Invalid(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private void enable(ButtonType[] buttons, boolean on) {
        for (ButtonType b : buttons) {
            dialog.getDialogPane().lookupButton(b).setDisable(!on);
        }
    }
}
