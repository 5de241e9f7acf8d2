package cn.quanze.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A field of a form with the place for its message right under it: red, taking no room while empty. What a form
 * refuses is said here, beside the field it is about, while the form stays open with what was typed.
 */
public final class FieldMessage {
    private final Label label = new Label();
    private final VBox box;

    public FieldMessage(Node field) {
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-message");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        if (field.getId() != null) {
            label.setId(field.getId() + "-message");
        }
        box = new VBox(2, field, label);
        box.setFillWidth(true);
    }

    /** The field with its message under it, for the form's layout. */
    public Node node() {
        return box;
    }

    public Label label() {
        return label;
    }

    public void show(String message) {
        label.setText(message == null ? "" : message);
    }

    public void clear() {
        label.setText("");
    }

    public String text() {
        return label.getText();
    }
}
