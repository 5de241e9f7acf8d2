package cn.quanze.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Windows that fit the screen they are on, down to 1280×720 and 1366×768 laptops: the main window opens
 * maximised on a small screen and at its preferred size on a large one; a dialog is never taller or wider than
 * the screen's visual bounds (the task bar excluded), its content scrolls and its buttons stay in view.
 */
public final class Screens {
    /** Below this visual size (a 1366×768 screen and smaller) the main window opens maximised. */
    private static final double SMALL_WIDTH = 1440;
    private static final double SMALL_HEIGHT = 860;
    /** Room left for a dialog's title bar and frame, which the window system adds around its content. */
    private static final double TITLE_BAR = 40;
    private static final double FRAME_WIDTH = 16;

    private Screens() {
    }

    /** The visual bounds of the screen showing most of {@code window}; the primary screen's when none is known. */
    public static Rectangle2D visualBounds(Window window) {
        if (window != null && window.getWidth() > 0 && !Double.isNaN(window.getX())) {
            var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                    window.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /**
     * Sizes the main window for {@code bounds}: maximised on a small screen, else {@code width} × {@code height}
     * (never more than the screen) centred; its minimum size never exceeds the screen.
     */
    public static void placeMain(Stage stage, Rectangle2D bounds, double width, double height, double minWidth,
                                 double minHeight) {
        stage.setMinWidth(Math.min(minWidth, bounds.getWidth()));
        stage.setMinHeight(Math.min(minHeight, bounds.getHeight()));
        double w = Math.min(width, bounds.getWidth());
        double h = Math.min(height, bounds.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(bounds.getMinX() + (bounds.getWidth() - w) / 2);
        stage.setY(bounds.getMinY() + (bounds.getHeight() - h) / 2);
        stage.setMaximized(isSmall(bounds));
    }

    /** A screen on which the main window is best maximised. */
    public static boolean isSmall(Rectangle2D bounds) {
        return bounds.getWidth() < SMALL_WIDTH || bounds.getHeight() < SMALL_HEIGHT;
    }

    /**
     * {@code content} in a scroll pane as wide as the dialog, at its own height, scrolling when the screen is lower;
     * the field that gets the keyboard focus is scrolled into view.
     */
    public static ScrollPane scrolling(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.getStyleClass().add("form-scroll");
        followFocus(s);
        return s;
    }

    /** Scrolls {@code scroll} to the focused node whenever the focus moves to a node inside it (Tab, a click). */
    public static void followFocus(ScrollPane scroll) {
        javafx.beans.value.ChangeListener<Node> onFocus = (o, was, now) -> {
            for (Node n = now; n != null; n = n.getParent()) {
                if (n == scroll.getContent()) {
                    reveal(now);
                    return;
                }
            }
        };
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(onFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocus);
            }
        });
    }

    /** Scrolls every scroll pane around {@code node} so that it is in view (e.g. a field that was just refused). */
    public static void reveal(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double extra = content.getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                if (b == null || extra <= 0) {
                    continue;
                }
                double top = sp.getVvalue() * extra;
                double view = sp.getViewportBounds().getHeight();
                if (b.getMinY() < top) {
                    sp.setVvalue(Math.max(0, b.getMinY() / extra));
                } else if (b.getMaxY() > top + view) {
                    sp.setVvalue(Math.min(1, (b.getMaxY() - view) / extra));
                }
            }
        }
    }

    /**
     * Makes {@code dialog} fit its screen: the content goes into a scroll pane (unless it is one), the dialog is
     * resizable, and once shown it is shrunk to the screen's visual bounds and moved onto them, so that its buttons
     * (outside the scrolled content) are always visible.
     */
    public static void fit(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getContent() != null && !(pane.getContent() instanceof ScrollPane)) {
            pane.setContent(scrolling(pane.getContent()));
        }
        keepOnScreen(dialog);
    }

    /**
     * For a dialog whose content scrolls by itself (its scrolled part set to grow): resizable, sized before it shows
     * to at most the visual bounds of its owner's screen (less room for the title bar), and moved onto them once
     * shown. Call when the content is complete, just before showing.
     */
    public static void keepOnScreen(Dialog<?> dialog) {
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        // the theme caps dialogs at 600 px wide; a wide form keeps its width and the screen is the limit instead
        // (inline, as the theme's rule is applied again when the dialog shows)
        pane.setStyle((pane.getStyle() == null ? "" : pane.getStyle()) + "-fx-max-width: 100000; -fx-max-height: 100000;");
        Rectangle2D bounds = visualBounds(dialog.getOwner());
        pane.applyCss();
        clamp(pane, bounds);
        Window window = pane.getScene().getWindow();
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> keepInside(window, bounds));
    }

    /**
     * After a shown dialog's content grew (messages beside its fields): the dialog takes the height it now needs, up
     * to its screen's visual bounds (beyond that its content scrolls), and stays on the screen.
     */
    public static void refit(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        Rectangle2D bounds = visualBounds(dialog.getOwner() != null ? dialog.getOwner() : window);
        pane.setPrefHeight(Region.USE_COMPUTED_SIZE);
        pane.applyCss();
        pane.layout();
        clamp(pane, bounds);
        window.sizeToScene();
        keepInside(window, bounds);
    }

    /** Caps the pane's preferred size at the screen's visual bounds, less the window's frame and title bar. */
    private static void clamp(DialogPane pane, Rectangle2D bounds) {
        double width = Math.min(pane.prefWidth(-1), bounds.getWidth() - FRAME_WIDTH);
        if (pane.prefWidth(-1) > width) {
            pane.setPrefWidth(width);
        }
        if (pane.prefHeight(width) > bounds.getHeight() - TITLE_BAR) {
            pane.setPrefHeight(bounds.getHeight() - TITLE_BAR);
        }
    }

    /** Shrinks {@code window} to {@code bounds} where it is larger and moves it so that all of it is on them. */
    public static void keepInside(Window window, Rectangle2D bounds) {
        if (window.getWidth() > bounds.getWidth()) {
            window.setWidth(bounds.getWidth());
        }
        if (window.getHeight() > bounds.getHeight()) {
            window.setHeight(bounds.getHeight());
        }
        double x = Math.max(bounds.getMinX(), Math.min(window.getX(), bounds.getMaxX() - window.getWidth()));
        double y = Math.max(bounds.getMinY(), Math.min(window.getY(), bounds.getMaxY() - window.getHeight()));
        window.setX(x);
        window.setY(y);
    }
}
