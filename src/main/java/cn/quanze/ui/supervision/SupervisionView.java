package cn.quanze.ui.supervision;

import cn.quanze.domain.supervision.Feedback;
import cn.quanze.domain.supervision.SupervisionItem;
import cn.quanze.i18n.I18n;
import cn.quanze.ui.common.LightCell;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 督查督办 pane: the ledger of items and, below, the selected item's details and feedback. */
public final class SupervisionView implements PaneView {
    private final SupervisionViewModel vm;
    private final VBox root;

    public SupervisionView(SupervisionViewModel vm) {
        this.vm = vm;
        TableView<SupervisionItem> table = Tables.table(I18n.t("supervision.empty"));
        table.setId("supervision-table");
        TableColumn<SupervisionItem, String> light = Tables.text(I18n.t("common.col.light"), i -> vm.light(i).name(), 60);
        light.setCellFactory(c -> new LightCell<>());
        table.getColumns().add(light);
        table.getColumns().add(Tables.text(I18n.t("supervision.col.number"), SupervisionItem::displayNumber, 150));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.title"), SupervisionItem::title, 300));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.source"), i -> I18n.of(i.source()), 90));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.leadUnit"), i -> vm.unitName(i.leadUnitId()), 140));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.deadline"), i -> Tables.orEmpty(i.deadline()), 100));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.state"), i -> I18n.of(i.state()), 80));
        table.getColumns().add(Tables.value(I18n.t("supervision.col.progress"), SupervisionItem::progress, 70));
        table.getColumns().add(Tables.text(I18n.t("common.col.demo"), i -> i.demo() ? I18n.t("demo.badge") : "", 80));
        table.setItems(vm.items());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));

        Label detail = new Label();
        detail.setWrapText(true);
        detail.setId("supervision-detail");
        vm.selectedProperty().addListener((o, a, b) -> detail.setText(b == null ? "" : I18n.t("supervision.detail",
                b.title(), vm.unitName(b.leadUnitId()), vm.cooperatingNames(b), Tables.orEmpty(b.deadline()),
                I18n.of(b.feedbackCycle()), Tables.orEmpty(b.content()))));
        TableView<Feedback> feedback = Tables.table(I18n.t("supervision.feedback.empty"));
        feedback.getColumns().add(Tables.text(I18n.t("supervision.feedback.date"), f -> f.date().toString(), 100));
        feedback.getColumns().add(Tables.value(I18n.t("supervision.col.progress"), Feedback::progress, 70));
        feedback.getColumns().add(Tables.text(I18n.t("supervision.feedback.content"), Feedback::content, 400));
        feedback.getColumns().add(Tables.text(I18n.t("supervision.feedback.problems"), f -> Tables.orEmpty(f.problems()), 200));
        feedback.setItems(vm.feedback());
        VBox lower = new VBox(8, detail, feedback);
        VBox.setVgrow(feedback, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = Ui.page(Ui.header("nav.supervision"), split);
        root.setId("supervision-pane");
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
