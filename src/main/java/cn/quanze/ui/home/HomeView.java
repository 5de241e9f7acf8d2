package cn.quanze.ui.home;

import atlantafx.base.theme.Styles;
import cn.quanze.domain.supervision.SupervisionItem;
import cn.quanze.i18n.I18n;
import cn.quanze.store.CaseCounts;
import cn.quanze.store.Overview;
import javafx.beans.value.ObservableValue;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import java.time.temporal.ChronoUnit;
import java.util.function.ToLongFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 首页: cards with counts and the list of supervision items by deadline. */
public final class HomeView implements PaneView {
    private final HomeViewModel vm;
    private final VBox root;

    public HomeView(HomeViewModel vm) {
        this.vm = vm;
        FlowPane cards = new FlowPane(12, 12);
        cards.getChildren().addAll(
                card("home.card.casesRed", vm.caseLightsProperty(), CaseCounts.Lights::red),
                card("home.card.casesYellow", vm.caseLightsProperty(), CaseCounts.Lights::yellow),
                card("home.card.powers", Overview::activePowerItems),
                card("home.card.supervisionOpen", Overview::supervisionOpen),
                card("home.card.supervisionOverdue", Overview::supervisionOverdue),
                card("home.card.completionRequested", Overview::completionRequested),
                card("home.card.departments", Overview::departments),
                card("home.card.feedback", Overview::feedback));
        TableView<SupervisionItem> table = Tables.table(I18n.t("home.dueSoon.empty"));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.number"), SupervisionItem::displayNumber, 150));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.title"), SupervisionItem::title, 320));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.deadline"), i -> Tables.orEmpty(i.deadline()), 110));
        table.getColumns().add(Tables.text(I18n.t("home.col.daysLeft"),
                i -> Long.toString(ChronoUnit.DAYS.between(vm.today(), i.deadline())), 90));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.state"), i -> I18n.of(i.state()), 90));
        table.setItems(vm.dueSoon());
        VBox.setVgrow(table, Priority.ALWAYS);
        Label dueTitle = new Label(I18n.t("home.dueSoon"));
        dueTitle.getStyleClass().add(Styles.TITLE_4);
        root = Ui.page(Ui.header("nav.home"), cards, dueTitle, table);
        root.setId("home-pane");
    }

    private Node card(String key, ToLongFunction<Overview> value) {
        return card(key, vm.overviewProperty(), value);
    }

    private <T> Node card(String key, ObservableValue<T> source, ToLongFunction<T> value) {
        Label number = new Label("–");
        number.getStyleClass().addAll(Styles.TITLE_1, "card-number");
        source.addListener((o, a, b) -> number.setText(b == null ? "–" : Long.toString(value.applyAsLong(b))));
        Label caption = new Label(I18n.t(key));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(4, number, caption);
        card.getStyleClass().add("count-card");
        card.setId(key.replace('.', '-'));
        return card;
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
