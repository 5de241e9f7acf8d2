package cn.quanze.admin.ui;

import cn.quanze.cases.ui.CalendarEditor;
import cn.quanze.cases.ui.CalendarEditorViewModel;
import cn.quanze.org.ui.UnitsView;
import cn.quanze.org.ui.UnitsViewModel;
import cn.quanze.org.ui.UsersView;
import cn.quanze.org.ui.UsersViewModel;
import cn.quanze.supervision.ui.EscalationRulesView;
import cn.quanze.supervision.ui.EscalationRulesViewModel;
import cn.quanze.org.domain.Department;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 系统管理 pane. */
public final class AdminView implements PaneView {
    private final AdminViewModel vm;
    private final VBox root;

    private final UsersViewModel users;
    private final UnitsViewModel org;
    private final UnitsView orgView;
    private final UsersView usersView;
    private final TabPane tabs;
    private final AuditViewModel audit;
    private final BackupViewModel backups;
    private final CalendarEditor calendar;
    private final EscalationRulesViewModel escalation;

    /**
     * Tabs: units and demo data, 组织机构 (the unit tree and its form), users, audit log, backups, the 工作日日历 (month grid, year import, thresholds) and
     * the 督办问责规则.
     */
    public AdminView(AdminViewModel vm, UnitsViewModel org, UsersViewModel users, AuditViewModel audit, BackupViewModel backups,
                     CalendarEditorViewModel calendarVm, EscalationRulesViewModel escalation) {
        this.escalation = escalation;
        this.vm = vm;
        this.users = users;
        this.org = org;
        this.orgView = new UnitsView(org);
        this.audit = audit;
        this.backups = backups;
        this.calendar = new CalendarEditor(calendarVm);
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
        VBox unitsPage = new VBox(12, new HBox(8, Ui.spacer(), load, remove, check), status, table);
        usersView = new UsersView(users);
        tabs = new TabPane(tab("admin-tab-units", "admin.tab.units", unitsPage),
                tab("admin-tab-org", "admin.tab.org", orgView.root()),
                tab("admin-tab-users", "admin.tab.users", usersView.root()),
                tab("admin-tab-audit", "admin.tab.audit", new AuditView(audit).root()),
                tab("admin-tab-backup", "admin.tab.backup", new BackupView(backups).root()),
                tab("admin-tab-calendar", "admin.tab.calendar", calendar.root()),
                tab("admin-tab-escalation", "admin.tab.escalation", new EscalationRulesView(escalation).root()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> activateTab(t.getId()));
        vm.openedProperty().addListener((o, a, d) -> {
            if (d != null) {
                tabs.getSelectionModel().select(0);
                Tables.reveal(table, d);
                table.requestFocus();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = Ui.page(Ui.header("nav.admin"), tabs);
        root.setId("admin-pane");
        HBox.setHgrow(status, Priority.ALWAYS);
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(I18n.t(key), content);
        t.setId(id);
        t.setClosable(false);
        if (content instanceof javafx.scene.layout.Region r) {
            r.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        }
        return t;
    }

    private void activateTab(String id) {
        switch (id) {
            case "admin-tab-org" -> org.refresh();
            case "admin-tab-users" -> users.refresh();
            case "admin-tab-audit" -> audit.search();
            case "admin-tab-backup" -> backups.refresh();
            case "admin-tab-calendar" -> calendar.activate();
            case "admin-tab-escalation" -> escalation.refresh();
            default -> vm.refresh();
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        vm.refresh();
        if (shown("admin-tab-org")) {
            org.refresh();
        }
    }

    @Override
    public void openRecord(String recordId) {
        vm.open(recordId);
    }

    /** Ctrl+N on the 用户 tab: a new account; on 组织机构 a new unit. */
    @Override
    public boolean newRecord() {
        if (shown("admin-tab-org")) {
            orgView.newUnit();
            return true;
        }
        if (!usersTabShown()) {
            return false;
        }
        usersView.newUser();
        return true;
    }

    /** Ctrl+S on the 用户 tab: saves the account form; on 组织机构 the unit form. */
    @Override
    public boolean save() {
        if (shown("admin-tab-org")) {
            orgView.save();
            return true;
        }
        if (!usersTabShown()) {
            return false;
        }
        usersView.save();
        return true;
    }

    private boolean usersTabShown() {
        return shown("admin-tab-users");
    }

    private boolean shown(String tabId) {
        return tabs.getSelectionModel().getSelectedItem() != null
                && tabId.equals(tabs.getSelectionModel().getSelectedItem().getId());
    }
}
