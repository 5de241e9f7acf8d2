package cn.quanze.ui.admin;

import cn.quanze.domain.org.Department;
import cn.quanze.i18n.I18n;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 系统管理 pane. */
public final class AdminView implements PaneView {
    private final AdminViewModel vm;
    private final VBox root;
    private final CalendarEditor calendar;

    public AdminView(AdminViewModel vm) {
        this(vm, null);
    }

    /** With the 工作日日历 tab (month grid of local entries, year import, light thresholds) beside the units. */
    public AdminView(AdminViewModel vm, CalendarEditorViewModel calendarVm) {
        this.vm = vm;
        this.calendar = calendarVm == null ? null : new CalendarEditor(calendarVm);
        Button load = new Button(I18n.t("admin.demo.load"));
        load.setId("admin-demo-load");
        load.setOnAction(e -> vm.loadDemo());
        Button remove = new Button(I18n.t("admin.demo.remove"));
        remove.setId("admin-demo-remove");
        remove.setOnAction(e -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("admin.demo.remove.confirm"),
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(null);
            confirm.initOwner(remove.getScene().getWindow());
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.removeDemo());
        });
        Button check = new Button(I18n.t("admin.check"));
        check.setId("admin-check");
        check.setOnAction(e -> vm.runCheck());
        Label status = new Label();
        status.setWrapText(true);
        status.setId("admin-status");
        status.textProperty().bind(vm.statusProperty());
        TableView<Department> table = Tables.table(I18n.t("admin.units.empty"));
        table.setId("admin-units");
        table.getColumns().add(Tables.text(I18n.t("admin.col.code"), Department::code, 90));
        table.getColumns().add(Tables.text(I18n.t("admin.col.name"), Department::name, 240));
        table.getColumns().add(Tables.text(I18n.t("admin.col.shortName"), d -> Tables.orEmpty(d.shortName()), 120));
        table.getColumns().add(Tables.text(I18n.t("admin.col.kind"), d -> I18n.of(d.kind()), 90));
        table.getColumns().add(Tables.text(I18n.t("common.col.demo"), d -> d.demo() ? I18n.t("demo.badge") : "", 80));
        table.setItems(vm.units());
        VBox.setVgrow(table, Priority.ALWAYS);
        if (calendar == null) {
            root = Ui.page(Ui.header("nav.admin", load, remove, check), status, table);
        } else {
            VBox units = new VBox(12, status, table);
            units.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
            VBox.setVgrow(units, Priority.ALWAYS);
            javafx.scene.control.Tab calendarTab = new javafx.scene.control.Tab(I18n.t("admin.tab.calendar"),
                    calendar.root());
            calendarTab.setId("admin-tab-calendar");
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                    new javafx.scene.control.Tab(I18n.t("admin.tab.units"), units), calendarTab);
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
                if (b == calendarTab) {
                    calendar.activate();
                }
            });
            VBox.setVgrow(tabs, Priority.ALWAYS);
            root = Ui.page(Ui.header("nav.admin", load, remove, check), tabs);
        }
        root.setId("admin-pane");
        HBox.setHgrow(status, Priority.ALWAYS);
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
