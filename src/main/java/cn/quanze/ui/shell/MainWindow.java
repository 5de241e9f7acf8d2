package cn.quanze.ui.shell;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: navigation rail, the current pane, and the status bar. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, PaneView> created = new HashMap<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final List<NavEntry> entries;
    private final Runnable openSettings;
    private Runnable openSearch = () -> { };

    /** {@code openSettings} runs on the settings button and Ctrl+,. */
    public MainWindow(List<NavEntry> entries, StatusBarModel status, TaskRunner tasks, Runnable openSettings) {
        this.entries = entries;
        this.openSettings = openSettings;
        root.getStyleClass().add("main-window");
        root.setLeft(rail());
        root.setCenter(center);
        root.setBottom(statusBar(status, tasks));
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            }
        });
    }

    private VBox rail() {
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        rail.setPadding(new Insets(10, 6, 10, 6));
        Button search = new Button(I18n.t("nav.search"), new FontIcon(org.kordamp.ikonli.feather.Feather.SEARCH));
        search.setId("nav-search");
        search.setContentDisplay(ContentDisplay.TOP);
        search.setMaxWidth(Double.MAX_VALUE);
        search.getStyleClass().addAll(Styles.FLAT, "nav-button");
        search.setTooltip(new javafx.scene.control.Tooltip(I18n.t("search.tooltip")));
        search.setOnAction(e -> openSearch.run());
        rail.getChildren().addAll(search, new Separator());
        for (NavEntry e : entries) {
            ToggleButton b = new ToggleButton(I18n.t(e.labelKey()), new FontIcon(e.icon()));
            b.setId("nav-" + e.id());
            b.setContentDisplay(ContentDisplay.TOP);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().addAll(Styles.FLAT, "nav-button");
            b.setOnAction(ev -> show(e.id()));
            buttons.put(e.id(), b);
            rail.getChildren().add(b);
        }
        return rail;
    }

    private HBox statusBar(StatusBarModel status, TaskRunner tasks) {
        Label office = label(status.officeProperty().getValue(), "status-office");
        office.textProperty().bind(status.officeProperty());
        Label user = label("", "status-user");
        user.textProperty().bind(status.userProperty());
        Label db = label("", "status-db");
        db.textProperty().bind(status.databaseProperty());
        Label sync = label("", "status-sync");
        sync.textProperty().bind(status.lastSyncProperty());
        Label message = label("", "status-task");
        message.textProperty().bind(tasks.messageProperty().map(k -> k.isEmpty() ? "" : I18n.t(k)));
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.busyProperty());
        Button cancel = new Button(I18n.t("common.cancel"));
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.visibleProperty().bind(tasks.busyProperty());
        cancel.setOnAction(e -> tasks.cancelCurrent());
        Button settings = new Button(null, new FontIcon(org.kordamp.ikonli.feather.Feather.SLIDERS));
        settings.setId("status-settings");
        settings.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        settings.setTooltip(new javafx.scene.control.Tooltip(I18n.t("settings.title")));
        settings.setOnAction(e -> openSettings.run());
        HBox bar = new HBox(12, office, sep(), user, sep(), sync, sep(), db, cn.quanze.ui.common.Ui.spacer(),
                message, progress, cancel, settings);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private static Label label(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(Styles.TEXT_SMALL);
        return l;
    }

    private static Node sep() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    /** Shows a pane by id, creating it on first visit; refreshes it every time. */
    public void show(String id) {
        NavEntry entry = entries.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        PaneView pane = created.computeIfAbsent(id, k -> entry.pane().get());
        center.getChildren().setAll(pane.root());
        buttons.get(id).setSelected(true);
        pane.activate();
    }

    /** Shows the target's pane, then opens its record or applies its filter there. */
    public void open(cn.quanze.ui.common.NavTarget target) {
        show(target.pane());
        PaneView pane = created.get(target.pane());
        target.recordId().ifPresent(pane::openRecord);
        target.filter().ifPresent(pane::applyFilter);
    }

    /** What the rail's search button and Ctrl+K open: the global search, wired by the app. */
    public void onSearch(Runnable open) {
        this.openSearch = open;
    }

    /** Lays {@code overlay} over the current pane (the global search box) until {@link #hideOverlay}. */
    public void showOverlay(Node overlay) {
        if (!center.getChildren().contains(overlay)) {
            center.getChildren().add(overlay);
        }
    }

    public void hideOverlay(Node overlay) {
        center.getChildren().remove(overlay);
    }

    /** Ctrl+1 … Ctrl+7 switch panes; F1 help; F5 refresh; Ctrl+, settings; Ctrl+N new record, Ctrl+S save (current pane); Ctrl+K search. */
    public void installShortcuts(javafx.scene.Scene scene) {
        for (int i = 0; i < entries.size() && i < 9; i++) {
            String id = entries.get(i).id();
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> show(id));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1),
                () -> HelpOverlay.show(scene.getWindow(), entries.size()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refreshCurrent);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), openSettings);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> current().ifPresent(PaneView::newRecord));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> current().ifPresent(PaneView::save));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), () -> openSearch.run());
    }

    /** Re-activates the visible pane, e.g. after data changed. */
    public void refreshCurrent() {
        current().ifPresent(PaneView::activate);
    }

    /** The visible pane, if one is shown. */
    private java.util.Optional<PaneView> current() {
        return group.getToggles().stream().filter(t -> t.isSelected()).findFirst()
                .map(t -> created.get(((ToggleButton) t).getId().substring("nav-".length())));
    }

    public BorderPane root() {
        return root;
    }
}
