package cn.quanze.cases.ui;

import cn.quanze.cases.domain.CaseStatistics;
import cn.quanze.core.i18n.I18n;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.ui.common.Tables;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The statistics tab: period, per-department and per-power tables, a chart of on-time rates, overdue list. */
final class CaseStatsView {
    private final CaseStatsViewModel vm;
    private final VBox root;
    private final BarChart<String, Number> chart;

    CaseStatsView(CaseStatsViewModel vm) {
        this.vm = vm;
        DatePicker from = cn.quanze.ui.common.DateField.picker("stats-from", null);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = cn.quanze.ui.common.DateField.picker("stats-to", null);
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button compute = new Button(I18n.t("cases.stats.compute"));
        compute.setId("stats-compute");
        compute.setOnAction(e -> vm.refresh());
        Button export = new Button(I18n.t("cases.stats.export"));
        export.setId("stats-export");
        export.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setInitialFileName(I18n.t("cases.stats.fileName", vm.fromProperty().get(), vm.toProperty().get()));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
            File f = fc.showSaveDialog(export.getScene().getWindow());
            if (f != null) {
                vm.export(f.toPath());
            }
        });
        Label status = new Label();
        status.setId("stats-status");
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(8, new Label(I18n.t("cases.stats.period.label")), from, new Label("—"), to, compute, export,
                status);
        bar.setAlignment(Pos.CENTER_LEFT);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 100, 25);
        y.setLabel(I18n.t("cases.stats.chart.percent"));
        chart = new BarChart<>(x, y);
        chart.setId("stats-chart");
        chart.setTitle(I18n.t("cases.stats.chart.title"));
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        chart.setMinHeight(200);
        vm.byDepartment().addListener((ListChangeListener<CaseStatistics.Row>) c -> fillChart());
        TabPane tables = new TabPane(new Tab(I18n.t("cases.stats.sheet.department"),
                groups("stats-departments", vm.byDepartment(), "cases.stats.col.department")),
                new Tab(I18n.t("cases.stats.sheet.power"), groups("stats-powers", vm.byPower(), "cases.stats.col.power")),
                new Tab(I18n.t("cases.stats.sheet.overdue"), overdue()));
        tables.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tables, Priority.ALWAYS);
        root = new VBox(8, bar, chart, tables);
        root.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
    }

    private static TableView<CaseStatistics.Row> groups(String id, javafx.collections.ObservableList<CaseStatistics.Row>
            rows, String keyTitle) {
        TableView<CaseStatistics.Row> t = Tables.table(I18n.t("cases.stats.empty"));
        t.setId(id);
        t.getColumns().add(Tables.text(I18n.t(keyTitle), CaseStatsViewModel::keyOf, 220));
        t.getColumns().add(Tables.value(I18n.t("cases.stats.col.received"), CaseStatistics.Row::received, 70));
        t.getColumns().add(Tables.value(I18n.t("cases.stats.col.completed"), CaseStatistics.Row::completed, 70));
        t.getColumns().add(Tables.text(I18n.t("cases.stats.col.onTimePromised"),
                r -> CaseStatsViewModel.percent(r.onTimePromisedRate()), 90));
        t.getColumns().add(Tables.text(I18n.t("cases.stats.col.onTimeLegal"),
                r -> CaseStatsViewModel.percent(r.onTimeLegalRate()), 90));
        t.getColumns().add(Tables.value(I18n.t("cases.stats.col.overdueOpen"), CaseStatistics.Row::overdueOpen, 70));
        t.getColumns().add(Tables.text(I18n.t("cases.stats.col.avgUsed"), r -> String.format("%.1f", r.avgUsedDays()), 90));
        t.getColumns().add(Tables.text(I18n.t("cases.stats.col.avgPromised"),
                r -> String.format("%.1f", r.avgPromisedDays()), 90));
        t.getColumns().add(Tables.text(I18n.t("cases.stats.col.speedUp"),
                r -> CaseStatsViewModel.percent(r.speedUpRate()), 80));
        t.setItems(rows);
        return t;
    }

    private TableView<CaseRow> overdue() {
        TableView<CaseRow> t = Tables.table(I18n.t("cases.stats.overdue.empty"));
        t.setId("stats-overdue");
        t.getColumns().add(Tables.text(I18n.t("cases.col.number"), r -> r.history().file().number(), 130));
        t.getColumns().add(Tables.text(I18n.t("cases.col.matter"), r -> r.history().file().matter(), 240));
        t.getColumns().add(Tables.text(I18n.t("cases.col.department"), CaseRow::departmentName, 140));
        t.getColumns().add(Tables.text(I18n.t("cases.col.due"), r -> r.progress().due().toString(), 100));
        t.getColumns().add(Tables.text(I18n.t("cases.col.state"), r -> I18n.of(r.progress().state()), 80));
        t.setItems(vm.overdue());
        return t;
    }

    private void fillChart() {
        XYChart.Series<String, Number> promised = new XYChart.Series<>();
        promised.setName(I18n.t("cases.stats.col.onTimePromised"));
        XYChart.Series<String, Number> legal = new XYChart.Series<>();
        legal.setName(I18n.t("cases.stats.col.onTimeLegal"));
        for (CaseStatistics.Row r : vm.byDepartment()) {
            if (r.key() != null && r.completed() > 0) {
                promised.getData().add(new XYChart.Data<>(r.key(), Math.round(r.onTimePromisedRate() * 1000) / 10.0));
                legal.getData().add(new XYChart.Data<>(r.key(), Math.round(r.onTimeLegalRate() * 1000) / 10.0));
            }
        }
        chart.getData().setAll(java.util.List.of(promised, legal));
    }

    Node root() {
        return root;
    }

    void activate() {
        vm.refresh();
    }
}
