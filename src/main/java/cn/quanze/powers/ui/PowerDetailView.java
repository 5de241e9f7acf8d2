package cn.quanze.powers.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.powers.domain.PowerAdjustment;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerRules;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.Tables;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The detail of one item in tabs: 基本信息, 依据, 裁量基准, 流程 (a flow chart), 办事指南, 历史. */
final class PowerDetailView {
    private final TabPane tabs = new TabPane();
    private final Tab basic = tab("powers-tab-basic", "powers.tab.basic");
    private final Tab bases = tab("powers-tab-bases", "powers.tab.bases");
    private final Tab discretion = tab("powers-tab-discretion", "powers.tab.discretion");
    private final Tab process = tab("powers-tab-process", "powers.tab.process");
    private final Tab guide = tab("powers-tab-guide", "powers.tab.guide");
    private final Tab history = tab("powers-tab-history", "powers.tab.history");

    PowerDetailView() {
        tabs.getTabs().addAll(basic, bases, discretion, process, guide, history);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("powers-detail");
        tabs.setMinWidth(320);
        show(null);
    }

    Node root() {
        return tabs;
    }

    private static Tab tab(String id, String key) {
        Tab t = new Tab(I18n.t(key));
        t.setId(id);
        return t;
    }

    void show(PowerDetail d) {
        if (d == null) {
            for (Tab t : tabs.getTabs()) {
                t.setContent(muted(I18n.t("powers.detail.none")));
            }
            return;
        }
        PowerItem p = d.item();
        basic.setContent(scroll(grid(
                "powers.excel.col.code", p.code(),
                "powers.excel.col.name", p.name(),
                "powers.detail.parent", d.parent() == null ? "" : d.parent().code() + " " + d.parent().name(),
                "powers.excel.col.type", I18n.of(p.type()),
                "powers.excel.col.department", d.departmentName(),
                "powers.excel.col.office", p.undertakingOffice(),
                "powers.excel.col.level", I18n.of(p.level()),
                "powers.col.legalLimit", days(p.legalLimitDays()),
                "powers.col.promisedLimit", days(p.promisedLimitDays()),
                "powers.field.fee", fee(p.fee()),
                "powers.excel.col.status", I18n.of(p.status()) + (PowerRules.citableByNewCase(p) ? ""
                        : I18n.t("powers.detail.notCitable")),
                "powers.excel.col.remarks", p.remarks())));
        VBox basisBox = new VBox(10);
        for (PowerItem.LegalBasis b : p.bases()) {
            Label head = new Label(Tables.orEmpty(b.law()) + " " + Tables.orEmpty(b.article()));
            head.getStyleClass().add(Styles.TEXT_BOLD);
            basisBox.getChildren().addAll(head, wrap(b.text()));
        }
        // what was left blank shows blank: an empty tab, not a filler such as （无）
        bases.setContent(p.bases().isEmpty() ? blank() : scroll(basisBox));
        discretion.setContent(p.discretion().isEmpty() ? blank() : discretionTable(p));
        process.setContent(p.steps().isEmpty() ? blank() : scroll(flowChart(p.steps())));
        PowerItem.ServiceGuide g = p.guide();
        guide.setContent(g == null ? blank() : scroll(grid(
                "powers.excel.col.conditions", g.conditions(), "powers.excel.col.materials", g.materials(),
                "powers.excel.col.location", g.location(), "powers.excel.col.hours", g.hours(),
                "powers.excel.col.phone", g.phone(), "powers.excel.col.supervisionPhone", g.supervisionPhone())));
        history.setContent(scroll(historyBox(d)));
    }

    private static Node discretionTable(PowerItem p) {
        TableView<PowerItem.DiscretionRule> t = Tables.table("");
        t.getColumns().add(Tables.text(I18n.t("powers.discretion.circumstance"), PowerItem.DiscretionRule::circumstance, 200));
        t.getColumns().add(Tables.text(I18n.t("powers.discretion.severity"), PowerItem.DiscretionRule::severity, 80));
        t.getColumns().add(Tables.text(I18n.t("powers.discretion.range"), PowerItem.DiscretionRule::range, 120));
        t.getColumns().add(Tables.text(I18n.t("powers.discretion.unit"), PowerItem.DiscretionRule::unit, 60));
        t.getItems().setAll(p.discretion());
        return t;
    }

    /** The process as boxes joined by arrows, each box with its post and limit. */
    static Node flowChart(List<PowerItem.ProcessStep> steps) {
        VBox chart = new VBox(0);
        chart.setAlignment(Pos.TOP_CENTER);
        chart.setId("powers-flow");
        for (int i = 0; i < steps.size(); i++) {
            PowerItem.ProcessStep s = steps.get(i);
            if (i > 0) {
                Label arrow = new Label("↓");
                arrow.getStyleClass().add("flow-arrow");
                chart.getChildren().add(arrow);
            }
            Label name = new Label((i + 1) + ". " + s.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            String sub = Tables.orEmpty(s.post()) + (s.limitDays() == null ? ""
                    : (s.post() == null ? "" : " · ") + I18n.t("common.workdays", s.limitDays()));
            VBox box = new VBox(2, name, new Label(sub));
            box.setAlignment(Pos.CENTER);
            box.getStyleClass().add("flow-step");
            chart.getChildren().add(box);
        }
        return chart;
    }

    private static Node historyBox(PowerDetail d) {
        VBox box = new VBox(8);
        box.setId("powers-history");
        Label adjTitle = new Label(I18n.t("powers.history.adjustments"));
        adjTitle.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(adjTitle);
        if (d.adjustments().isEmpty()) {
            box.getChildren().add(muted(I18n.t("powers.history.noAdjustments")));
        }
        for (PowerAdjustment a : d.adjustments()) {
            String target = d.targetName(a);
            Label l = new Label(I18n.t("powers.history.adjustment", a.effectiveDate(), I18n.of(a.kind()),
                    Tables.orEmpty(a.docNo()), Tables.orEmpty(a.reason()))
                    + (target.isEmpty() ? "" : I18n.t("powers.history.mergedInto", target)));
            l.setWrapText(true);
            l.getStyleClass().add("history-adjustment");
            box.getChildren().add(l);
        }
        Label revTitle = new Label(I18n.t("powers.history.revisions"));
        revTitle.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(revTitle);
        for (PowerDetail.HistoryLine h : d.historyLines()) {
            Label head = new Label(h.when() + "  " + h.who() + "  " + h.what());
            head.getStyleClass().add(Styles.TEXT_BOLD);
            box.getChildren().add(head);
            for (String c : h.changes()) {
                box.getChildren().add(wrap("  " + c));
            }
        }
        return box;
    }

    private static GridPane grid(String... keyValues) {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        for (int i = 0; i < keyValues.length; i += 2) {
            Label k = new Label(I18n.t(keyValues[i]));
            k.getStyleClass().add(Styles.TEXT_MUTED);
            k.setMinWidth(110);
            g.addRow(i / 2, k, wrap(keyValues[i + 1]));
        }
        return g;
    }

    /** A time limit as entered; none entered shows nothing. */
    private static String days(Integer d) {
        return d == null ? "" : I18n.t("common.workdays", d);
    }

    /** 收费依据 and 标准 as entered, one per line; none entered shows nothing. */
    static String fee(PowerItem.Fee fee) {
        if (fee == null) {
            return "";
        }
        return java.util.stream.Stream.of(fee.basis(), fee.standard()).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Node blank() {
        VBox empty = new VBox();
        empty.getStyleClass().add("detail-blank");
        return empty;
    }

    private static Label wrap(String text) {
        Label l = new Label(Tables.orEmpty(text));
        l.setWrapText(true);
        l.setMaxWidth(520);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setPadding(new Insets(12));
        return l;
    }

    private static ScrollPane scroll(Node content) {
        VBox pad = new VBox(content);
        pad.setPadding(new Insets(12));
        ScrollPane s = new ScrollPane(pad);
        s.setFitToWidth(true);
        return s;
    }
}
