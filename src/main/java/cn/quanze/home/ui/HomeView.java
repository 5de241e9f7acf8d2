package cn.quanze.home.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import cn.quanze.home.data.MyWork;
import cn.quanze.ui.common.LightCell;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 首页: cards with the counts that need attention (a click opens the filtered list in its pane), "我的待办" for the
 * signed-in user's unit, and two charts (on-time rate by month, supervision items by state).
 */
public final class HomeView implements PaneView {
    private final HomeViewModel vm;
    private final VBox root;

    public HomeView(HomeViewModel vm) {
        this.vm = vm;
        FlowPane cards = new FlowPane(10, 10);
        cards.setId("home-cards");
        for (HomeCard c : HomeCard.values()) {
            cards.getChildren().add(card(c));
        }
        Label workTitle = new Label(I18n.t("home.work"));
        workTitle.getStyleClass().add(Styles.TITLE_4);
        Label scope = new Label();
        scope.setId("home-work-scope");
        scope.getStyleClass().add(Styles.TEXT_MUTED);
        scope.textProperty().bind(vm.scopeProperty());
        TableView<MyWork.Item> work = workTable();
        VBox workBox = new VBox(6, new HBox(10, workTitle, scope), work);
        VBox.setVgrow(work, Priority.ALWAYS);
        HBox.setHgrow(workBox, Priority.ALWAYS);
        // the charts come a moment after the window shows: building them (and loading JavaFX's chart classes)
        // would otherwise hold back the first frame of the start page
        VBox charts = new VBox();
        charts.setPrefWidth(440);
        charts.setMinWidth(360);
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(50));
        later.setOnFinished(e -> charts.getChildren().setAll(new HomeCharts(vm).root()));
        later.play();
        HBox lower = new HBox(14, workBox, charts);
        VBox.setVgrow(lower, Priority.ALWAYS);
        root = Ui.page(Ui.header("nav.home"), cards, lower);
        root.setId("home-pane");
    }

    private Node card(HomeCard c) {
        Label number = new Label("–");
        number.getStyleClass().addAll(Styles.TITLE_2, "card-number");
        vm.figuresProperty().addListener((o, a, f) -> {
            long n = f == null ? -1 : c.of(f);
            number.setText(n < 0 ? "–" : Long.toString(n));
            number.getStyleClass().removeAll("tone-danger", "tone-warning");
            if (n > 0 && c.tone() != HomeCard.Tone.PLAIN) {
                number.getStyleClass().add(c.tone() == HomeCard.Tone.DANGER ? "tone-danger" : "tone-warning");
            }
        });
        Label caption = new Label(I18n.t(c.captionKey()));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Button card = new Button(null, new VBox(2, number, caption));
        card.getStyleClass().add("count-card");
        card.setId(c.id());
        card.setOnAction(e -> vm.open(c));
        return card;
    }

    private TableView<MyWork.Item> workTable() {
        TableView<MyWork.Item> table = Tables.table(I18n.t("home.work.empty"));
        table.setId("home-work");
        TableColumn<MyWork.Item, String> light = Tables.text(I18n.t("common.col.light"),
                i -> i.light() == null ? null : i.light().name(), 64);
        light.setCellFactory(c -> new LightCell<>());
        table.getColumns().add(light);
        table.getColumns().add(Tables.text(I18n.t("home.col.kind"),
                i -> I18n.t(i.kind() == MyWork.Kind.CASE ? "home.kind.case" : "home.kind.supervision"), 56));
        table.getColumns().add(Tables.text(I18n.t("home.col.number"), MyWork.Item::number, 136));
        table.getColumns().add(Tables.text(I18n.t("home.col.title"),
                i -> (i.mine() ? I18n.t("home.work.mine") : "") + i.title(), 236));
        table.getColumns().add(Tables.text(I18n.t("home.col.unit"), MyWork.Item::unit, 150));
        table.getColumns().add(Tables.text(I18n.t("home.col.due"), i -> Tables.orEmpty(i.due()), 100));
        table.setItems(vm.work());
        table.setRowFactory(tv -> {
            TableRow<MyWork.Item> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            MyWork.Item item = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                vm.open(item);
            }
        });
        return table;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        vm.refresh();
    }
}
