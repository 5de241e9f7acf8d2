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
import cn.quanze.ui.common.Dates;
import cn.quanze.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** The fields a problem can be shown beside. */
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String DEPARTMENT = "department";
    public static final String LEGAL = "legalLimit";
    public static final String PROMISED = "promisedLimit";
    public static final String STEPS = "steps";
    public static final String DOC_NO = "docNo";
    public static final String EFFECTIVE = "effective";
    private static final List<String> FIELDS = List.of(CODE, NAME, TYPE, DEPARTMENT, LEGAL, PROMISED, STEPS, DOC_NO,
            EFFECTIVE);
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
    /** 生效日期 as typed (any form {@link Dates} reads); checked on save. */
    public final StringProperty effective = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper("");
    private final Map<String, ReadOnlyStringWrapper> problems = new HashMap<>();

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
        effective.set(Dates.format(today));
        for (String f : FIELDS) {
            problems.put(f, new ReadOnlyStringWrapper(""));
        }
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

    /**
     * Validates; on success returns the item to save, otherwise sets {@link #errorsProperty()} (all problems, each
     * naming its field) and {@link #problemOf} for each field concerned.
     */
    public Optional<PowerItem> validate() {
        problems.values().forEach(p -> p.set(""));
        List<String> all = new ArrayList<>();
        Integer legal = days(legalLimit.get(), "powers.excel.col.legalLimit", LEGAL, all);
        Integer promised = days(promisedLimit.get(), "powers.excel.col.promisedLimit", PROMISED, all);
        Optional<List<PowerItem.ProcessStep>> parsedSteps = PowerColumns.parseSteps(steps.get());
        if (parsedSteps.isEmpty()) {
            problem(STEPS, I18n.t("powers.import.issue.stepsBad"), all);
        }
        PowerItem item = build(legal, promised, parsedSteps.orElse(List.of()));
        List<PowerViolation> violations = new ArrayList<>(PowerRules.validate(item));
        String c = item.code();
        if (c != null && this.all.stream().anyMatch(p -> p.code().equals(c) && !p.id().equals(item.id()))) {
            violations.add(PowerViolation.CODE_DUPLICATE);
        }
        violations.forEach(v -> problem(fieldOf(v), I18n.of(v), all));
        if (!isNew() && blank(docNo.get()) && blank(reason.get())) {
            problem(DOC_NO, I18n.t("powers.edit.decisionMissing"), all);
        }
        String dateProblem = Dates.problem(I18n.t("powers.adjust.effective"), effective.get());
        if (dateProblem != null) {
            problem(EFFECTIVE, dateProblem, all);
        }
        errors.set(String.join("\n", all));
        return all.isEmpty() ? Optional.of(item) : Optional.empty();
    }

    /**
     * Validates and saves (新增 or 变更) off the JavaFX thread; {@code done} runs with the saved item. A refusal (the
     * list's rules, the store) leaves the form as typed with the reason in {@link #errorsProperty()}.
     */
    public void save(java.util.function.Consumer<PowerItem> done) {
        Optional<PowerItem> item = validate();
        if (item.isEmpty()) {
            return;
        }
        PowerListService.Decision d = new PowerListService.Decision(trim(docNo.get()), trim(reason.get()),
                Dates.parse(effective.get()).orElse(null));
        tasks.runWithProgress("powers.saving", p -> {
            if (isNew()) {
                service.create(item.get(), d);
            } else {
                service.change(item.get(), d);
            }
            return item.get();
        }, done, this::refused);
    }

    private void refused(Throwable e) {
        if (e instanceof PowerListException ple) {
            List<String> all = new ArrayList<>();
            ple.violations().forEach(v -> problem(fieldOf(v), I18n.of(v), all));
            errors.set(String.join("\n", all));
        } else {
            errors.set(cn.quanze.ui.common.ErrorPresenter.describe(e));
        }
    }

    private void problem(String field, String message, List<String> all) {
        all.add(message);
        ReadOnlyStringWrapper p = problems.get(field);
        if (p != null) {
            p.set(p.get().isEmpty() ? message : p.get() + "\n" + message);
        }
    }

    private static String fieldOf(PowerViolation v) {
        return switch (v) {
            case CODE_MISSING, CODE_FORMAT, CODE_DUPLICATE -> CODE;
            case NAME_MISSING -> NAME;
            case TYPE_MISSING -> TYPE;
            case DEPARTMENT_MISSING -> DEPARTMENT;
            case NEGATIVE_LIMIT -> LEGAL;
            case PROMISED_EXCEEDS_LEGAL -> PROMISED;
            default -> null;
        };
    }

    /** What is wrong with one field as last checked ("" when nothing): one of the field names of this form. */
    public ReadOnlyStringProperty problemOf(String field) {
        return problems.get(field).getReadOnlyProperty();
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

    private Integer days(String text, String labelKey, String field, List<String> all) {
        if (PowerColumns.isNoLimit(text)) {
            return null;
        }
        Optional<Integer> d = PowerColumns.parseDays(text);
        if (d.isEmpty()) {
            problem(field, I18n.t("powers.edit.badDays", I18n.t(labelKey), text), all);
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
