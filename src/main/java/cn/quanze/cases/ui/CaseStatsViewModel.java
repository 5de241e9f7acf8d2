package cn.quanze.cases.ui;

import cn.quanze.cases.domain.CaseStatistics;
import cn.quanze.cases.files.CaseStatsReport;
import cn.quanze.cases.files.CaseStatsXlsx;
import cn.quanze.core.i18n.I18n;
import cn.quanze.cases.data.CaseLedger;
import cn.quanze.cases.data.CaseRows;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.powers.data.PowerItemRepository;
import cn.quanze.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 限时办结 statistics for a period: per department, per power item, the overdue list; XLSX export. */
public final class CaseStatsViewModel {
    private final CaseLedger ledger;
    private final DepartmentRepository departments;
    private final PowerItemRepository powers;
    private final TaskExecutor tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<CaseStatistics.Row> byDepartment = FXCollections.observableArrayList();
    private final ObservableList<CaseStatistics.Row> byPower = FXCollections.observableArrayList();
    private final ObservableList<CaseRow> overdue = FXCollections.observableArrayList();
    private final ObservableList<CaseStatistics.Row> byDepartmentView =
            FXCollections.unmodifiableObservableList(byDepartment);
    private final ObservableList<CaseStatistics.Row> byPowerView = FXCollections.unmodifiableObservableList(byPower);
    private final ObservableList<CaseRow> overdueView = FXCollections.unmodifiableObservableList(overdue);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private CaseStatsReport report;

    public CaseStatsViewModel(CaseLedger ledger, DepartmentRepository departments, PowerItemRepository powers,
                              TaskExecutor tasks) {
        this.ledger = ledger;
        this.departments = departments;
        this.powers = powers;
        this.tasks = tasks;
        LocalDate today = ledger.today();
        from.set(today.withDayOfYear(1));
        to.set(today);
    }

    public void refresh() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null || t.isBefore(f)) {
            status.set(I18n.t("cases.stats.badPeriod"));
            return;
        }
        tasks.run("cases.stats.computing", () -> CaseStatsReport.of(
                CaseRows.load(ledger, departments, powers, ledger.today()), f, t), r -> {
                    report = r;
                    byDepartment.setAll(r.byDepartment());
                    byPower.setAll(r.byPower());
                    overdue.setAll(r.overdue());
                    status.set(I18n.t("cases.stats.period", f, t));
                });
    }

    public void export(Path file) {
        CaseStatsReport r = report;
        if (r == null) {
            return;
        }
        tasks.run("cases.stats.exporting", () -> {
            CaseStatsXlsx.write(r, file);
            return file;
        }, p -> status.set(I18n.t("cases.stats.exported", p)));
    }

    public static String percent(double v) {
        return String.format("%.1f%%", v * 100);
    }

    public static String keyOf(CaseStatistics.Row r) {
        return r.key() == null ? I18n.t("cases.stats.total") : r.key();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<CaseStatistics.Row> byDepartment() {
        return byDepartmentView;
    }

    public ObservableList<CaseStatistics.Row> byPower() {
        return byPowerView;
    }

    public ObservableList<CaseRow> overdue() {
        return overdueView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
