package cn.quanze.home.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The two charts of 首页, redrawn whenever the view model's chart lists change. */
final class HomeCharts {
    private final VBox root;

    HomeCharts(HomeViewModel vm) {
        NumberAxis percent = new NumberAxis(0, 100, 20);
        BarChart<String, Number> onTime = chart(new CategoryAxis(), percent, "home-chart-ontime");
        NumberAxis count = new NumberAxis();
        count.setMinorTickVisible(false);
        count.setTickLabelFormatter(new NumberAxis.DefaultFormatter(count) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }
        });
        BarChart<String, Number> states = chart(new CategoryAxis(), count, "home-chart-states");
        Runnable drawOnTime = () -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            vm.onTime().forEach(m -> s.getData().add(new XYChart.Data<>(
                    I18n.t("home.chart.month", m.month().getMonthValue()), m.percent())));
            onTime.getData().setAll(java.util.List.of(s));
        };
        Runnable drawStates = () -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            vm.byState().forEach(e -> s.getData().add(new XYChart.Data<>(I18n.of(e.state()), e.count())));
            states.getData().setAll(java.util.List.of(s));
        };
        vm.onTime().addListener((ListChangeListener<cn.quanze.home.data.HomeCharts.MonthRate>) c -> drawOnTime.run());
        vm.byState().addListener((ListChangeListener<HomeViewModel.StateCount>) c -> drawStates.run());
        drawOnTime.run(); // the charts may be built after the figures arrived (see HomeView)
        drawStates.run();
        root = new VBox(4, title("home.chart.onTime"), onTime, title("home.chart.states"), states);
        root.setPrefWidth(440);
        root.setMinWidth(360);
    }

    private static BarChart<String, Number> chart(CategoryAxis x, NumberAxis y, String id) {
        x.setAnimated(false); // an animated category axis loses its labels and bars when the data is replaced
        y.setAnimated(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(14);
        chart.setPrefHeight(210);
        chart.setMinHeight(150);
        return chart;
    }

    private static Label title(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    Node root() {
        return root;
    }
}
