package cn.quanze.ui.common;

import javafx.scene.Node;

/** One pane of the main window. {@link #activate()} runs each time the user navigates to it. */
public interface PaneView {
    Node root();

    void activate();
}
