package cn.quanze.powers.ui;

import cn.quanze.core.domain.Ids;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerListException;
import cn.quanze.powers.domain.PowerRules;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.powers.domain.PowerViolation;
import cn.quanze.powers.files.PowerColumns;
import cn.quanze.core.i18n.I18n;
import cn.quanze.powers.data.PowerListService;
import cn.quanze.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form to create or change a power item or sub-item. Validation lives here: required fields, code format and
 * uniqueness, time limits as whole working days with 承诺时限 ≤ 法定时限; a change also needs its 文号 or reason.
 */
public final class PowerEditViewModel {
    private final PowerListService service;
    private final TaskExecutor tasks;
    private final PowerItem original;
    private final PowerItem parent;
    private final List<PowerItem> all;
    public final StringProperty code = new SimpleStringProperty("");
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<PowerType> type = new SimpleObjectProperty<>();
    public final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    public final StringProperty office = new SimpleStringProperty("");
    public final ObjectProperty<OfficeLevel> level = new SimpleObjectProperty<>(OfficeLevel.DISTRICT);
    public final StringProperty legalLimit = new SimpleStringProperty("");
    public final StringProperty promisedLimit = new SimpleStringProperty("");
    public final StringProperty feeBasis = new SimpleStringProperty("");
    public final StringProperty feeStandard = new SimpleStringProperty("");
    public final StringProperty bases = new SimpleStringProperty("");
    public final StringProperty discretion = new SimpleStringProperty("");
    public final StringProperty steps = new SimpleStringProperty("");
    public final StringProperty conditions = new SimpleStringProperty("");
    public final StringProperty materials = new SimpleStringProperty("");
    public final StringProperty location = new SimpleStringProperty("");
    public final StringProperty hours = new SimpleStringProperty("");
    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty supervisionPhone = new SimpleStringProperty("");
    public final ObjectProperty<PowerStatus> status = new SimpleObjectProperty<>(PowerStatus.ACTIVE);
    public final StringProperty remarks = new SimpleStringProperty("");
    public final StringProperty docNo = new SimpleStringProperty("");
    public final StringProperty reason = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> effective = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper("");

    /**
     * A form for a new item ({@code original == null}), optionally a sub-item of {@code parent}. A new item that
     * copies nothing starts at {@code defaultLevel}, the office's own level (街道 at a sub-district).
     */
    public PowerEditViewModel(PowerListService service, TaskExecutor tasks, PowerItem original, PowerItem parent,
                              List<PowerItem> all, List<Department> departments, LocalDate today,
                              OfficeLevel defaultLevel) {
        this.service = service;
        level.set(defaultLevel);
        this.tasks = tasks;
        this.original = original;
        this.parent = parent;
        this.all = all;
        effective.set(today);
        PowerItem source = original != null ? original : parent;
        if (source != null) {
            type.set(source.type());
            department.set(departments.stream().filter(d -> d.id().equals(source.departmentId())).findFirst().orElse(null));
            office.set(nz(source.undertakingOffice()));
            level.set(source.level());
        }
        if (original != null) {
            fill(original);
        } else if (parent != null) {
            code.set(parent.code() + "-");
        }
    }

    private void fill(PowerItem p) {
        code.set(p.code());
        name.set(p.name());
        legalLimit.set(p.legalLimitDays() == null ? "" : p.legalLimitDays().toString());
        promisedLimit.set(p.promisedLimitDays() == null ? "" : p.promisedLimitDays().toString());
        feeBasis.set(p.fee() == null ? "" : nz(p.fee().basis()));
        feeStandard.set(p.fee() == null ? "" : nz(p.fee().standard()));
        bases.set(PowerColumns.basesCell(p.bases()));
        discretion.set(PowerColumns.discretionCell(p.discretion()));
        steps.set(PowerColumns.stepsCell(p.steps()));
        if (p.guide() != null) {
            conditions.set(nz(p.guide().conditions()));
            materials.set(nz(p.guide().materials()));
            location.set(nz(p.guide().location()));
            hours.set(nz(p.guide().hours()));
            phone.set(nz(p.guide().phone()));
            supervisionPhone.set(nz(p.guide().supervisionPhone()));
        }
        status.set(p.status());
        remarks.set(nz(p.remarks()));
    }

    public boolean isNew() {
        return original == null;
    }

    public PowerItem parent() {
        return parent;
    }

    /** Validates; on success returns the item to save, otherwise sets {@link #errorsProperty()}. */
    public Optional<PowerItem> validate() {
        List<String> problems = new ArrayList<>();
        Integer legal = days(legalLimit.get(), "powers.excel.col.legalLimit", problems);
        Integer promised = days(promisedLimit.get(), "powers.excel.col.promisedLimit", problems);
        Optional<List<PowerItem.ProcessStep>> parsedSteps = PowerColumns.parseSteps(steps.get());
        if (parsedSteps.isEmpty()) {
            problems.add(I18n.t("powers.import.issue.stepsBad"));
        }
        PowerItem item = build(legal, promised, parsedSteps.orElse(List.of()));
        List<PowerViolation> violations = new ArrayList<>(PowerRules.validate(item));
        String c = item.code();
        if (c != null && all.stream().anyMatch(p -> p.code().equals(c) && !p.id().equals(item.id()))) {
            violations.add(PowerViolation.CODE_DUPLICATE);
        }
        violations.forEach(v -> problems.add(I18n.of(v)));
        if (!isNew() && blank(docNo.get()) && blank(reason.get())) {
            problems.add(I18n.t("powers.edit.decisionMissing"));
        }
        errors.set(String.join("\n", problems));
        return problems.isEmpty() ? Optional.of(item) : Optional.empty();
    }

    /** Validates and saves (新增 or 变更) off the JavaFX thread; {@code done} runs with the saved item. */
    public void save(java.util.function.Consumer<PowerItem> done) {
        Optional<PowerItem> item = validate();
        if (item.isEmpty()) {
            return;
        }
        PowerListService.Decision d = new PowerListService.Decision(trim(docNo.get()), trim(reason.get()), effective.get());
        tasks.runWithProgress("powers.saving", p -> {
            if (isNew()) {
                service.create(item.get(), d);
            } else {
                service.change(item.get(), d);
            }
            return item.get();
        }, done, e -> errors.set(e instanceof PowerListException ple
                ? String.join("\n", ple.violations().stream().map(I18n::of).toList())
                : cn.quanze.ui.common.ErrorPresenter.describe(e)));
    }

    private PowerItem build(Integer legal, Integer promised, List<PowerItem.ProcessStep> parsedSteps) {
        String fb = trim(feeBasis.get());
        String fs = trim(feeStandard.get());
        PowerItem.Fee fee = fb == null && fs == null ? null : new PowerItem.Fee(fb, fs);
        PowerItem.ServiceGuide guide = new PowerItem.ServiceGuide(trim(conditions.get()), trim(materials.get()),
                trim(location.get()), trim(hours.get()), trim(phone.get()), trim(supervisionPhone.get()));
        if (guide.equals(new PowerItem.ServiceGuide(null, null, null, null, null, null))) {
            guide = null;
        }
        return new PowerItem(original != null ? original.id() : Ids.newId(), trim(code.get()), trim(name.get()),
                type.get(), original != null ? original.parentId() : parent == null ? null : parent.id(),
                department.get() == null ? null : department.get().id(), trim(office.get()), level.get(), legal,
                promised, fee, PowerColumns.parseBases(bases.get()), PowerColumns.parseDiscretion(discretion.get()),
                parsedSteps, guide, status.get(), trim(remarks.get()), original != null && original.demo());
    }

    private static Integer days(String text, String labelKey, List<String> problems) {
        if (PowerColumns.isNoLimit(text)) {
            return null;
        }
        Optional<Integer> d = PowerColumns.parseDays(text);
        if (d.isEmpty()) {
            problems.add(I18n.t("powers.edit.badDays", I18n.t(labelKey), text));
            return null;
        }
        return d.get();
    }

    public ReadOnlyStringProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
