package cn.quanze.ui.common;

import javafx.scene.Node;

/** One pane of the main window. {@link #activate()} runs each time the user navigates to it. */
public interface PaneView {
    Node root();

    void activate();

    /**
     * Opens one record of this pane (selects it and shows its detail); called after {@link #activate()} when the
     * user arrives from a 首页 card or the global search. Panes without records ignore it.
     */
    default void openRecord(String recordId) {
    }

    /** Narrows this pane's list by a named filter it understands (see {@link NavTarget#filter()}). */
    default void applyFilter(String filter) {
    }

    /** Ctrl+N: opens this pane's form for a new record; false when the pane has none. */
    default boolean newRecord() {
        return false;
    }

    /** Ctrl+S: saves the record being edited in this pane; false when the pane has nothing to save. */
    default boolean save() {
        return false;
    }
}
