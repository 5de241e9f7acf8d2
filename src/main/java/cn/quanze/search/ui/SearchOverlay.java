package cn.quanze.search.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import cn.quanze.search.ui.SearchViewModel.Entry;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The global search (Ctrl+K) laid over the current pane: one text field, the hits grouped by kind below it. Typing
 * is debounced; Up/Down move across the groups, Enter or a click opens the record in its pane, Esc or a click
 * beside the box closes it.
 */
public final class SearchOverlay {
    private static final Duration DEBOUNCE = Duration.millis(150);
    private final SearchViewModel vm;
    private final StackPane root = new StackPane();
    private final TextField field = new TextField();
    private final ListView<Entry> list = new ListView<>();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private Consumer<Node> onClose = n -> { };

    public SearchOverlay(SearchViewModel vm) {
        this.vm = vm;
        field.setId("search-field");
        field.setPromptText(I18n.t("search.prompt"));
        field.getStyleClass().add(Styles.LARGE);
        debounce.setOnFinished(e -> vm.search(field.getText()));
        field.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        list.setId("search-results");
        list.setItems(vm.entries());
        list.setCellFactory(l -> new EntryCell());
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label());
        list.setPrefHeight(420);
        VBox.setVgrow(list, Priority.ALWAYS);
        vm.selectedProperty().addListener((o, a, e) -> {
            if (e == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(e);
                list.scrollTo(Math.max(0, list.getItems().indexOf(e) - 1));
            }
        });
        Label status = new Label();
        status.setId("search-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label keys = new Label(I18n.t("search.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(8, new StackPane(field, searchIcon()), list, status, keys);
        box.setId("search-overlay");
        box.getStyleClass().add("search-box");
        box.setPadding(new Insets(14));
        box.setMaxWidth(680);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setOnMouseClicked(e -> e.consume());
        root.getChildren().add(box);
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        StackPane.setMargin(box, new Insets(48, 24, 24, 24));
        root.getStyleClass().add("search-backdrop");
        root.setOnMouseClicked(e -> close());
    }

    private static Node searchIcon() {
        FontIcon icon = new FontIcon(Feather.SEARCH);
        icon.setMouseTransparent(true);
        StackPane.setAlignment(icon, Pos.CENTER_RIGHT);
        StackPane.setMargin(icon, new Insets(0, 12, 0, 0));
        return icon;
    }

    private void keys(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> vm.move(1);
            case UP -> vm.move(-1);
            case ENTER -> {
                debounce.stop();
                if (vm.openSelected()) {
                    close();
                }
            }
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Shows the box through {@code show}, empty and focused; {@code hide} takes it away again. */
    public void open(Consumer<Node> show, Consumer<Node> hide) {
        this.onClose = hide;
        field.clear();
        debounce.stop();
        vm.search("");
        show.accept(root);
        field.requestFocus();
    }

    public void close() {
        debounce.stop();
        onClose.accept(root);
    }

    public boolean isShowing() {
        return root.getParent() != null;
    }

    private final class EntryCell extends ListCell<Entry> {
        EntryCell() {
            // as wide as the list, never wider: long excerpts end in an ellipsis instead of a horizontal scroll bar
            prefWidthProperty().bind(list.widthProperty().subtract(24));
            setMaxWidth(USE_PREF_SIZE);
            setOnMouseClicked(e -> {
                if (getItem() != null && !getItem().isHeader()) {
                    vm.select(getItem());
                    if (vm.openSelected()) {
                        close();
                    }
                }
            });
        }

        @Override
        protected void updateItem(Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            getStyleClass().remove("search-header");
            if (empty || item == null) {
                setGraphic(null);
                setMouseTransparent(true);
                return;
            }
            if (item.isHeader()) {
                Label l = new Label(SearchViewModel.header(item));
                l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, Styles.ACCENT);
                getStyleClass().add("search-header");
                setGraphic(l);
                setMouseTransparent(true);
                return;
            }
            setMouseTransparent(false);
            Label title = new Label(item.hit().title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label sub = new Label(SearchViewModel.subtitle(item.hit()));
            sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox v = new VBox(2, title, sub);
            v.setMinWidth(0);
            v.setPadding(new Insets(0, 0, 0, 12));
            setGraphic(v);
        }
    }
}
