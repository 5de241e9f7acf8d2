package cn.quanze.ui.common;

/** Switches the main window to a pane and hands it the target (implemented by the shell). */
@FunctionalInterface
public interface Navigator {
    void open(NavTarget target);
}
