package cn.quanze.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Ctrl+S inside a form dialog presses its save button (when enabled), as it does in the panes. */
public final class SaveShortcut {
    public static final KeyCombination CTRL_S = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private SaveShortcut() {
    }

    public static void install(DialogPane pane, ButtonType save) {
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CTRL_S.match(e)) {
                Node b = pane.lookupButton(save);
                if (b instanceof Button button && !button.isDisabled()) {
                    button.fire();
                }
                e.consume();
            }
        });
    }
}
