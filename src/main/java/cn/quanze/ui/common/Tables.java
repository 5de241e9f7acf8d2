package cn.quanze.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.Label;

/** Column factories so views declare tables in one line per column. */
public final class Tables {
    private Tables() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    public static <T, V extends Comparable<V>> TableColumn<T, V> value(String title, Function<T, V> value, double width) {
        TableColumn<T, V> col = new TableColumn<>(title);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    public static <T> TreeTableColumn<T, String> treeText(String title, Function<T, String> value, double width) {
        TreeTableColumn<T, String> col = new TreeTableColumn<>(title);
        col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(
                cd.getValue().getValue() == null ? "" : value.apply(cd.getValue().getValue())));
        col.setPrefWidth(width);
        return col;
    }

    /** A table with a Chinese empty-state text and the menu button for choosing columns. */
    public static <T> TableView<T> table(String emptyText) {
        TableView<T> table = new TableView<>();
        table.setPlaceholder(new Label(emptyText));
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    public static String orEmpty(Object o) {
        return o == null ? "" : o.toString();
    }

    /**
     * Selects {@code row} and scrolls it into sight a few rows below the top, after the pending layout (a pane just
     * shown has not laid out its table yet). Used when a record is opened from outside its pane.
     */
    public static <T> void reveal(javafx.scene.control.TableView<T> table, T row) {
        table.getSelectionModel().select(row);
        javafx.application.Platform.runLater(() -> {
            int at = table.getItems().indexOf(row);
            if (at >= 0) {
                table.scrollTo(Math.max(0, at - 3));
            }
        });
    }
}
