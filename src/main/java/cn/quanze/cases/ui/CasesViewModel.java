package cn.quanze.cases.ui;

import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.CaseBasis;
import cn.quanze.cases.domain.CaseClock;
import cn.quanze.cases.domain.CaseEvent;
import cn.quanze.cases.domain.CaseFile;
import cn.quanze.cases.domain.CaseProgress;
import cn.quanze.cases.domain.CaseRuleException;
import cn.quanze.cases.domain.CaseStep;
import cn.quanze.cases.domain.SuspensionReason;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.cases.domain.CaseRules;
import cn.quanze.core.i18n.I18n;
import cn.quanze.cases.data.CaseAttention;
import cn.quanze.cases.data.CaseLedger;
import cn.quanze.cases.data.CaseRows;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.powers.data.PowerItemRepository;
import cn.quanze.ui.common.ErrorPresenter;
import cn.quanze.ui.common.FormOutcome;
import cn.quanze.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * 限时办结: the cases with their lights and days left, filters, the selected case's timeline and steps, the
 * "due soon" list, and the transitions as commands. {@link #notice()} carries a sentence whenever cases turn
 * yellow or red (the view shows it as a desktop notification); {@link #recheck(LocalDate)} re-evaluates the lights
 * on a given day, for the view's timer and for tests with a fixed clock.
 */
public final class CasesViewModel {
    /** The fields of the new-case form. {@code power} is null for work that is not power-based. */
    public record NewCase(PowerItem power, String category, String applicant, String matter, LocalDate received,
                          Integer legalLimit, Integer promisedLimit, String limitReason, Department department,
                          String post, String person) {
    }

    private final CaseLedger ledger;
    private final DepartmentRepository departments;
    private final PowerItemRepository powers;
    private final OfficeSettings settings;
    private final TaskExecutor tasks;
    private final ObservableList<CaseRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CaseRow> filtered = new FilteredList<>(rows);
    private final ObservableList<CaseRow> dueSoon = FXCollections.observableArrayList();
    private final ObservableList<CaseEvent> timeline = FXCollections.observableArrayList();
    private final ObservableList<CaseProgress.StepProgress> steps = FXCollections.observableArrayList();
    private final ObservableList<Department> departmentOptions = FXCollections.observableArrayList();
    private final ObservableList<PowerItem> citablePowers = FXCollections.observableArrayList();
    private final CaseFilters filters = new CaseFilters(() -> filtered.setPredicate(filters().predicate()));
    private final CaseLightWatch lights = new CaseLightWatch();
    private final ReadOnlyObjectWrapper<CaseRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final cn.quanze.ui.common.PendingOpen pending = new cn.quanze.ui.common.PendingOpen();
    private LocalDate day;
    private CaseClock caseClock;

    public CasesViewModel(CaseLedger ledger, DepartmentRepository departments, PowerItemRepository powers,
                          OfficeSettings settings, TaskExecutor tasks) {
        this.ledger = ledger;
        this.departments = departments;
        this.powers = powers;
        this.settings = settings;
        this.tasks = tasks;
    }

    private record Loaded(List<CaseRow> rows, List<Department> departments, List<PowerItem> powers,
                          CaseClock clock) {
    }

    public void refresh() {
        day = ledger.today();
        LocalDate asOf = day;
        tasks.run("cases.loading", () -> new Loaded(
                CaseRows.load(ledger, departments, powers, asOf), departments.all(),
                powers.all().stream().filter(CaseRules::mayBeCited).toList(), ledger.clockFor()), l -> {
                    caseClock = l.clock();
                    departmentOptions.setAll(l.departments());
                    citablePowers.setAll(l.powers());
                    show(l.rows());
                });
    }

    /** Re-evaluates every case on {@code day} and announces the ones that turned yellow or red. */
    public void recheck(LocalDate on) {
        List<CaseRow> current = List.copyOf(rows);
        day = on;
        CaseClock clock = caseClock;
        if (clock == null) {
            return;
        }
        tasks.run("cases.loading", () -> CaseRows.reevaluate(current, clock, on), this::show);
    }

    private void show(List<CaseRow> loaded) {
        String selectedId = selected.get() == null ? null : selected.get().id();
        rows.setAll(loaded);
        dueSoon.setAll(loaded.stream().filter(r -> r.progress().isOpen() && r.progress().light() != Light.GREEN)
                .sorted(Comparator.comparingInt((CaseRow r) -> r.progress().daysLeft())
                        .thenComparing(r -> r.progress().due())).toList());
        lights.loaded(loaded, dueSoon, day);
        select(selectedId == null ? null : loaded.stream().filter(r -> r.id().equals(selectedId)).findFirst()
                .orElse(null));
        pending.afterLoad(this::loaded, this::reveal);
    }

    /**
     * Selects the case with {@code id} and shows its detail (from the global search or a 首页 card); filters that
     * hide it are cleared. A case not loaded yet is selected when the running load ends.
     */
    public void open(String id) {
        pending.request(id);
        pending.resolve(this::loaded, this::reveal);
    }

    private java.util.Optional<CaseRow> loaded(String id) {
        return caseClock == null ? java.util.Optional.empty()
                : rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private void reveal(CaseRow row) {
        if (!filtered.contains(row)) {
            filters.clear();
        }
        select(row);
    }

    /**
     * Narrows the list to a named filter from 首页 (逾期 {@code light:RED}, 即将到期 {@code light:YELLOW}, 本周到期
     * {@code dueThisWeek}), clearing the other filters so the list shows exactly what the card counted. Unknown names
     * are ignored.
     */
    public void applyNamedFilter(String name) {
        CaseAttention.cases(name, ledger.today()).ifPresent(p -> filters.useNamed(name, p));
    }

    public void clearNamedFilter() {
        filters.clearNamed();
    }

    /** The table's filters and the named filter from 首页. */
    public CaseFilters filters() {
        return filters;
    }

    public void select(CaseRow row) {
        selected.set(row);
        if (row == null) {
            timeline.clear();
            steps.clear();
        } else {
            timeline.setAll(row.history().events());
            steps.setAll(caseClock.evaluate(row.history().file(), row.history().events(), day).steps());
        }
    }

    /** The limits a chosen power item suggests (法定/承诺), for the form. */
    public static Integer[] limitsOf(PowerItem p) {
        return p == null ? new Integer[] {null, null} : new Integer[] {p.legalLimitDays(), p.promisedLimitDays()};
    }

    public void openCase(NewCase f, FormOutcome form) {
        run("cases.saving", form, () -> {
            String office = settings.get(OfficeSettings.OFFICE_CODE).orElse("BJ");
            CaseFile c = ledger.open(draft(f), f.power(), office, f.limitReason());
            return I18n.t("cases.opened", c.number());
        });
    }

    private static CaseFile draft(NewCase f) {
        int legal = f.legalLimit() == null ? 0 : f.legalLimit();
        List<CaseStep> steps = CaseStep.forCase(f.power(), legal);
        return new CaseFile(null, null, f.power() == null ? null : f.power().id(),
                f.power() == null ? CaseBasis.NOT_POWER_BASED : CaseBasis.POWER, f.category(), f.applicant(),
                f.matter(), f.received(), legal, f.promisedLimit(),
                f.department() != null ? f.department().id() : f.power() == null ? null : f.power().departmentId(),
                f.post(), f.person(), steps, false);
    }

    public void suspend(SuspensionReason reason, LocalDate date, String note, FormOutcome form) {
        String id = selectedId();
        run("cases.saving", form, () -> {
            ledger.suspend(id, date, reason, note);
            return I18n.t("cases.done.suspended");
        });
    }

    public void resume(LocalDate date, FormOutcome form) {
        String id = selectedId();
        run("cases.saving", form, () -> {
            ledger.resume(id, date);
            return I18n.t("cases.done.resumed");
        });
    }

    public void extend(int days, String approver, String reason, FormOutcome form) {
        String id = selectedId();
        run("cases.saving", form, () -> {
            ledger.extend(id, days, approver, reason);
            return I18n.t("cases.done.extended", days);
        });
    }

    public void complete(LocalDate date, String result, FormOutcome form) {
        String id = selectedId();
        run("cases.saving", form, () -> {
            ledger.complete(id, date, result);
            return I18n.t("cases.done.completed");
        });
    }

    public void acknowledge(String note, FormOutcome form) {
        String id = selectedId();
        run("cases.saving", form, () -> {
            ledger.acknowledge(id, note);
            return I18n.t("cases.done.acknowledged");
        });
    }

    public void stepDone(int index, LocalDate date, FormOutcome form) {
        String id = selectedId();
        run("cases.saving", form, () -> {
            ledger.stepDone(id, index, date);
            return I18n.t("cases.done.step");
        });
    }

    private String selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    /** Runs a form's work: done closes the form; a refusal keeps it open, naming the rule (key) it broke. */
    private void run(String title, FormOutcome form, Callable<String> work) {
        tasks.runWithProgress(title, p -> work.call(), message -> {
            form.done();
            status.set(message);
            refresh();
        }, t -> form.refused(describe(t), CaseTexts.ruleOf(t)));
    }

    /** A refusal or failure as one Chinese sentence. */
    public static String describe(Throwable t) {
        Throwable c = t;
        while (c != null && !(c instanceof CaseRuleException)) {
            c = c.getCause();
        }
        if (c instanceof CaseRuleException r) {
            return I18n.t(r.key(), r.args().toArray());
        }
        return ErrorPresenter.describe(t);
    }

    /** Whether the official schedule of {@code year} is still unpublished (deadlines there are estimates). */
    public boolean isUnconfirmed(int year) {
        return !ledger.calendar().isConfirmed(year);
    }

    /**
     * The first step of the selected case not yet done. From the selected case's evaluated steps: the table's rows
     * carry their progress without steps.
     */
    public java.util.Optional<Integer> nextOpenStep() {
        return steps.stream().filter(s -> !s.done()).map(CaseProgress.StepProgress::index).findFirst();
    }

    public LocalDate today() {
        return ledger.today();
    }

    public ObservableList<CaseRow> cases() {
        return FXCollections.unmodifiableObservableList(filtered);
    }

    public int totalCount() {
        return rows.size();
    }

    public ObservableList<CaseRow> dueSoon() {
        return FXCollections.unmodifiableObservableList(dueSoon);
    }

    public ObservableList<CaseEvent> timeline() {
        return FXCollections.unmodifiableObservableList(timeline);
    }

    public ObservableList<CaseProgress.StepProgress> steps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    public ObservableList<Department> departmentOptions() {
        return FXCollections.unmodifiableObservableList(departmentOptions);
    }

    public ObservableList<PowerItem> citablePowers() {
        return FXCollections.unmodifiableObservableList(citablePowers);
    }

    public ReadOnlyObjectProperty<CaseRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The line above the due-soon list: the start-up summary, then what turned yellow or red. */
    public ReadOnlyStringProperty notice() {
        return lights.notice();
    }

    /** Changes (only) when cases turned yellow or red on a recheck (the notice line, stamped with the day). */
    public ReadOnlyStringProperty turned() {
        return lights.turned();
    }
}
