package cn.quanze.ui.common;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Desktop notifications in a corner of the main window (ControlsFX), the one place that shows them. */
public final class Notices {
    private Notices() {
    }

    /** A warning notification; {@code onClick} runs when the user clicks it (may be null). */
    public static void warn(Window owner, String title, String text, Duration shown, Runnable onClick) {
        if (owner == null || !owner.isShowing() || text == null || text.isEmpty()) {
            return;
        }
        try {
            Notifications n = Notifications.create().owner(owner).position(Pos.BOTTOM_RIGHT).title(title).text(text)
                    .hideAfter(shown);
            if (onClick != null) {
                n.onAction(e -> onClick.run());
            }
            n.showWarning();
        } catch (RuntimeException e) {
            // a notification is a courtesy: what it says is also on 首页 and in the panes
        }
    }
}
