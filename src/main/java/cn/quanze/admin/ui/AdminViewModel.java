package cn.quanze.admin.ui;

import cn.quanze.org.domain.Department;
import cn.quanze.demo.DemoData;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.DbCheck;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 系统管理: departments, demo data and the database check. */
public final class AdminViewModel {
    private final DepartmentRepository departments;
    private final DemoData demo;
    private final DbCheck check;
    private final TaskExecutor tasks;
    private final ObservableList<Department> units = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Department> opened =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final cn.quanze.ui.common.PendingOpen pending = new cn.quanze.ui.common.PendingOpen();

    public AdminViewModel(DepartmentRepository departments, DemoData demo, DbCheck check, TaskExecutor tasks) {
        this.departments = departments;
        this.demo = demo;
        this.check = check;
        this.tasks = tasks;
    }

    public void refresh() {
        tasks.run("admin.loading", departments::all, all -> {
            if (!units.equals(all)) {
                units.setAll(all); // only when changed: a reload keeps the table's selection
            }
            pending.afterLoad(id -> units.stream().filter(d -> d.id().equals(id)).findFirst(), d -> {
                opened.set(null);
                opened.set(d);
            });
        });
    }

    /** Brings the unit with {@code id} into sight (from the global search) once the load that activation started ends. */
    public void open(String id) {
        pending.request(id);
    }

    /** The unit last opened from outside the pane, whose row the view selects. */
    public javafx.beans.property.ReadOnlyObjectProperty<Department> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public void loadDemo() {
        tasks.run("admin.demo.loading", demo::load, c -> {
            status.set(I18n.t("init.demoLoaded", c.departments(), c.powerItems(), c.supervisionItems(), c.feedback()));
            refresh();
        });
    }

    public void removeDemo() {
        tasks.run("admin.demo.removing", demo::remove, n -> {
            status.set(I18n.t("admin.demo.removed", n));
            refresh();
        });
    }

    public void runCheck() {
        tasks.run("admin.check.running", check::run, problems -> status.set(problems.isEmpty()
                ? I18n.t("admin.check.ok")
                : I18n.t("check.failed", problems.size()) + "\n" + problems.stream()
                        .map(p -> I18n.t(p.key(), p.args().toArray())).reduce((a, b) -> a + "\n" + b).orElse("")));
    }

    public ObservableList<Department> units() {
        return FXCollections.unmodifiableObservableList(units);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
