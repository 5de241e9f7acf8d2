package cn.quanze.ui.common;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A combo box for long lists (70+ units) that filters as you type: the typed text, normalised, is looked for in
 * each entry's search keys (for a unit: code, full name, short name and aliases, normalised by
 * {@code UnitMatcher}). The list shows the entries whose keys contain it; leaving the field takes the entry whose
 * shown name is the text, else the only entry left, else nothing. Picking from the list or setting the value works
 * as in a plain combo box ({@link #getItems()} is the filtered view of {@link #all()}).
 */
public final class FilterComboBox<T> extends ComboBox<T> {
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(all);
    private final Function<T, String> display;
    private final Function<T, ? extends Collection<String>> keys;
    private final UnaryOperator<String> normalize;
    private boolean filling;

    /**
     * @param display   the entry as shown (e.g. the unit's full name)
     * @param keys      the normalised texts an entry is found by
     * @param normalize how typed text is normalised before it is looked for in the keys
     */
    public FilterComboBox(Collection<? extends T> entries, Function<T, String> display,
                          Function<T, ? extends Collection<String>> keys, UnaryOperator<String> normalize) {
        this.display = display;
        this.keys = keys;
        this.normalize = normalize;
        all.setAll(entries);
        setItems(shown);
        setEditable(true);
        setVisibleRowCount(12);
        setMaxWidth(Double.MAX_VALUE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : display.apply(t);
            }

            @Override
            public T fromString(String text) {
                return pick(text);
            }
        });
        setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : display.apply(item));
            }
        });
        getEditor().textProperty().addListener((o, a, text) -> typed(text));
        setOnHidden(e -> {
            T v = getValue();
            if (v == null || Objects.equals(display.apply(v), getEditor().getText())) {
                filling = true;
                shown.setPredicate(null);
                filling = false;
            }
        });
    }

    /** Every entry, whatever is typed. */
    public ObservableList<T> all() {
        return all;
    }

    /** Replaces the entries (keeps the value when it is still one of them). */
    public void setAll(Collection<? extends T> entries) {
        T keep = getValue();
        filling = true;
        shown.setPredicate(null);
        all.setAll(entries);
        filling = false;
        setValue(keep != null && all.contains(keep) ? keep : null);
    }

    /** The entries whose keys contain {@code text} (normalised); all of them for a blank text. */
    public List<T> matching(String text) {
        String q = normalize.apply(text == null ? "" : text);
        return all.stream().filter(t -> q.isEmpty() || keys.apply(t).stream().anyMatch(k -> k.contains(q))).toList();
    }

    private void typed(String text) {
        if (filling) {
            return;
        }
        T v = getValue();
        if (v != null && Objects.equals(display.apply(v), text)) {
            return; // the value's own name put into the field, not typing
        }
        String q = normalize.apply(text == null ? "" : text);
        filling = true;
        if (v != null) {
            // typing replaces the chosen entry: let go of it first, or the filter would drop it from the selection
            // and the combo box would put its (empty) name over what is being typed
            int caret = getEditor().getCaretPosition();
            setValue(null);
            getEditor().setText(text);
            getEditor().positionCaret(caret);
        }
        shown.setPredicate(q.isEmpty() ? null : t -> keys.apply(t).stream().anyMatch(k -> k.contains(q)));
        filling = false;
        if (getScene() != null && isFocused() && !isShowing() && !shown.isEmpty()) {
            show();
        }
    }

    private T pick(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        T v = getValue();
        if (v != null && display.apply(v).equals(text)) {
            return v;
        }
        for (T t : all) {
            if (display.apply(t).equals(text)) {
                return t;
            }
        }
        List<T> left = matching(text);
        return left.size() == 1 ? left.get(0) : null;
    }
}
