package cn.quanze.cases.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.ui.common.FilterBanner;
import cn.quanze.ui.common.LightCell;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * 限时办结 pane: the cases table with lights, days left and filters ({@link CaseFilterBar}), the "due soon" list, the
 * selected case's details, steps and timeline ({@link CaseDetailPane}), quick actions, and the statistics tab. Lights are rechecked every ten minutes and
 * the line above the due-soon list tells when cases turn yellow or red (the desktop notification for that is the
 * window's 到期提醒, see ui.home.ReminderTimer, which also remembers what it announced).
 */
public final class CasesView implements PaneView {
    private final CasesViewModel vm;
    private final CaseStatsView stats;
    private final VBox root;
    private final Timeline recheck;
    private final TabPane tabs;
    private Button newCase;

    public CasesView(CasesViewModel vm, CaseStatsViewModel statsVm) {
        this.vm = vm;
        this.stats = new CaseStatsView(statsVm);
        TableView<CaseRow> table = table();
        ListView<CaseRow> dueSoon = dueSoonList();
        Label notice = new Label();
        notice.setId("cases-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.TEXT_SMALL);
        notice.textProperty().bind(vm.notice());
        Label dueTitle = new Label(I18n.t("cases.dueSoon"));
        dueTitle.getStyleClass().add(Styles.TITLE_4);
        VBox side = new VBox(6, dueTitle, notice, dueSoon);
        side.setMinWidth(255); // room for "期限 11-09，已逾期 9 个工作日" without cutting it
        VBox.setVgrow(dueSoon, Priority.ALWAYS);
        SplitPane upper = new SplitPane(table, side);
        upper.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(side, false);
        SplitPane split = new SplitPane(upper, CaseDetailPane.of(vm));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label status = new Label();
        status.setId("cases-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        VBox casesTab = new VBox(8, CaseFilterBar.of(vm), FilterBanner.of("cases-named-filter",
                vm.filters().namedFilterProperty(), vm::clearNamedFilter), status, split);
        casesTab.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        VBox.setVgrow(casesTab, Priority.ALWAYS);
        Tab t1 = new Tab(I18n.t("cases.tab.cases"), casesTab);
        Tab t2 = new Tab(I18n.t("cases.tab.stats"), stats.root());
        t2.setId("cases-tab-stats");
        tabs = new TabPane(t1, t2);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == t2) {
                stats.activate();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = Ui.page(Ui.header("nav.deadlines", actions()), tabs);
        root.setId("deadlines-pane");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));
        vm.selectedProperty().addListener((o, a, r) -> {
            if (r != null && r != table.getSelectionModel().getSelectedItem()) {
                Tables.reveal(table, r);
            }
        });
        recheck = new Timeline(new KeyFrame(Duration.minutes(10), e -> vm.recheck(vm.today())));
        recheck.setCycleCount(Timeline.INDEFINITE);
        recheck.play();
    }

    private TableView<CaseRow> table() {
        TableView<CaseRow> table = Tables.table(I18n.t("cases.empty"));
        table.setId("cases-table");
        TableColumn<CaseRow, String> light = Tables.text(I18n.t("common.col.light"), r -> r.progress().light().name(), 70);
        light.setCellFactory(c -> new LightCell<>());
        light.setMinWidth(70);
        table.getColumns().add(light);
        table.getColumns().add(fixed(Tables.text(I18n.t("cases.col.number"), r -> r.history().file().number(), 125)));
        TableColumn<CaseRow, String> matter = Tables.text(I18n.t("cases.col.matter"), r -> r.history().file().matter(), 200);
        matter.setMinWidth(150);
        table.getColumns().add(matter);
        TableColumn<CaseRow, String> applicant = Tables.text(I18n.t("cases.col.applicant"),
                r -> r.history().file().applicant(), 150);
        applicant.setVisible(false);
        table.getColumns().add(applicant);
        TableColumn<CaseRow, String> power = Tables.text(I18n.t("cases.col.power"), CaseRow::powerCode, 110);
        power.setVisible(false);
        table.getColumns().add(power);
        TableColumn<CaseRow, String> department = Tables.text(I18n.t("cases.col.department"), CaseRow::departmentName,
                110);
        department.setMinWidth(90); // "区市场监管局" and its kind stay readable
        table.getColumns().add(department);
        table.getColumns().add(fixed(Tables.text(I18n.t("cases.col.received"),
                r -> r.history().file().receivedOn().toString(), 96)));
        table.getColumns().add(fixed(Tables.text(I18n.t("cases.col.due"), CasesView::due, 115)));
        table.getColumns().add(fixed(Tables.<CaseRow, Integer>value(I18n.t("cases.col.daysLeft"),
                r -> r.progress().isOpen() ? r.progress().daysLeft() : null, 90)));
        table.getColumns().add(fixed(Tables.text(I18n.t("cases.col.state"), r -> I18n.of(r.progress().state()), 72)));
        table.getColumns().add(fixed(Tables.text(I18n.t("cases.col.level"), CasesView::level, 76)));
        TableColumn<CaseRow, String> demo = Tables.text(I18n.t("common.col.demo"),
                r -> r.history().file().demo() ? I18n.t("demo.badge") : "", 80);
        demo.setVisible(false);
        table.getColumns().add(demo);
        javafx.collections.transformation.SortedList<CaseRow> sorted =
                new javafx.collections.transformation.SortedList<>(vm.cases());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        return table;
    }

    private static <S, T> TableColumn<S, T> fixed(TableColumn<S, T> c) {
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    static String due(CaseRow r) {
        return r.progress().due() + (r.progress().unconfirmed() && r.progress().isOpen() ? " ⚠" : "");
    }

    static String level(CaseRow r) {
        if (!r.progress().isOpen()) {
            return "";
        }
        return I18n.of(r.progress().level()) + (r.progress().acknowledged() ? I18n.t("cases.acknowledgedMark") : "");
    }

    /** The due-soon list is about the next days: month and day are enough. */
    private static final java.time.format.DateTimeFormatter SHORT_DATE = java.time.format.DateTimeFormatter.ofPattern("MM-dd");

    private ListView<CaseRow> dueSoonList() {
        ListView<CaseRow> list = new ListView<>(vm.dueSoon());
        list.setId("cases-due-soon");
        list.setPlaceholder(new Label(I18n.t("cases.dueSoon.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CaseRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("light-GREEN", "light-YELLOW", "light-RED");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                long left = r.progress().daysLeft();
                String due = SHORT_DATE.format(r.progress().due());
                setText(left < 0 ? I18n.t("cases.dueSoon.overdue", r.history().file().matter(), due, -left)
                        : I18n.t("cases.dueSoon.item", r.history().file().matter(), due, left));
                getStyleClass().add("light-" + r.progress().light().name());
            }
        });
        return list;
    }

    private Node[] actions() {
        Button add = button("cases-new", "cases.action.new", () -> CaseDialogs.newCase(window(), vm, vm::openCase));
        Button suspend = button("cases-suspend", "cases.action.suspend", () -> CaseDialogs.suspend(window(), vm.today(),
                (s, form) -> vm.suspend(s.reason(), s.date(), s.note(), form)));
        Button resume = button("cases-resume", "cases.action.resume",
                () -> CaseDialogs.date(window(), "cases.action.resume", vm.today(), vm::resume));
        Button extend = button("cases-extend", "cases.action.extend",
                () -> CaseDialogs.extend(window(), (x, form) -> vm.extend(x.days(), x.approver(), x.reason(), form)));
        Button step = button("cases-step", "cases.action.step", () -> vm.nextOpenStep().ifPresent(i ->
                CaseDialogs.date(window(), "cases.action.step", vm.today(), (d, form) -> vm.stepDone(i, d, form))));
        Button complete = button("cases-complete", "cases.action.complete", () -> CaseDialogs.complete(window(),
                vm.today(), (c, form) -> vm.complete(c.date(), c.result(), form)));
        Button ack = button("cases-acknowledge", "cases.action.acknowledge",
                () -> CaseDialogs.note(window(), "cases.action.acknowledge", vm::acknowledge));
        add.getStyleClass().add(Styles.ACCENT);
        newCase = add;
        for (Button b : new Button[] {suspend, resume, extend, step, complete, ack}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        return new Node[] {add, suspend, resume, extend, step, complete, ack};
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        vm.refresh();
    }

    @Override
    public void openRecord(String recordId) {
        tabs.getSelectionModel().select(0);
        vm.open(recordId);
    }

    @Override
    public boolean newRecord() {
        newCase.fire();
        return true;
    }

    @Override
    public void applyFilter(String filter) {
        tabs.getSelectionModel().select(0);
        vm.applyNamedFilter(filter);
    }
}
