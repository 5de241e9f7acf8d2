package cn.quanze.cases.ui;

import cn.quanze.cases.domain.SuspensionReason;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.ui.common.FormDialog;
import cn.quanze.ui.common.FormOutcome;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The forms of the cases pane (new case, suspend, resume, extend, complete, 摘牌). Each hands what was entered to the
 * view model, which asks the domain rules; a refusal keeps the form open with what was typed and the rule's sentence
 * beside the field it is about.
 */
final class CaseDialogs {
    /** The field of the forms each refusal of {@code cases.domain.CaseRules} is about (by the field's label key). */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("cases.rule.noPower", "cases.form.power"),
            Map.entry("cases.rule.inactivePower", "cases.form.power"),
            Map.entry("cases.rule.noCategory", "cases.form.category"),
            Map.entry("cases.rule.noApplicant", "cases.col.applicant"),
            Map.entry("cases.rule.noMatter", "cases.col.matter"),
            Map.entry("cases.rule.noReceived", "cases.col.received"),
            Map.entry("cases.rule.receivedInFuture", "cases.col.received"),
            Map.entry("cases.rule.badLegalLimit", "cases.form.limits"),
            Map.entry("cases.rule.badPromisedLimit", "cases.form.limits"),
            Map.entry("cases.rule.limitsNeedReason", "cases.form.limitReason"),
            Map.entry("cases.rule.noSuspensionReason", "cases.form.suspendReason"),
            Map.entry("cases.rule.badExtension", "cases.form.extendDays"),
            Map.entry("cases.rule.noApprover", "cases.form.approver"),
            Map.entry("cases.rule.noReason", "cases.form.reason"),
            Map.entry("cases.rule.noResult", "cases.form.result"),
            Map.entry("cases.rule.noNote", "cases.form.note"),
            Map.entry("cases.rule.noDate", FormDialog.DATE_FIELD),
            Map.entry("cases.rule.dateTooEarly", FormDialog.DATE_FIELD));

    private CaseDialogs() {
    }

    record Suspension(SuspensionReason reason, LocalDate date, String note) {
    }

    record Extension(int days, String approver, String reason) {
    }

    record Completion(LocalDate date, String result) {
    }

    private static FormDialog form(Window owner, String titleKey) {
        return new FormDialog(owner, titleKey).id("case-dialog");
    }

    /** Shows the form; 确定 hands the result to {@code submit}, whose refusals name a rule key mapped to a field. */
    private static <R> void ask(FormDialog form, Function<javafx.scene.control.ButtonType, R> result,
                                BiConsumer<R, FormOutcome> submit) {
        form.ask(result, (r, outcome) -> submit.accept(r, new FormOutcome() {
            @Override
            public void done() {
                outcome.done();
            }

            @Override
            public void refused(String message, String rule) {
                outcome.refused(message, rule == null ? null : FIELD_OF_RULE.get(rule));
            }
        }));
    }

    private static TextField text(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(3);
        a.setPrefColumnCount(30);
        a.setWrapText(true);
        return a;
    }

    /** A converter for a combo box that only shows values (nothing is typed in). */
    private static <T> StringConverter<T> shownAs(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A time limit typed: blank is none; what is not a whole number is refused beside the limits. */
    private static Integer number(TextField field, String labelKey) {
        String text = field.getText();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new FormDialog.Invalid("cases.form.limits", I18n.t("cases.form.limitBad", I18n.t(labelKey),
                    text.strip()));
        }
    }

    static void newCase(Window owner, CasesViewModel vm, BiConsumer<CasesViewModel.NewCase, FormOutcome> submit) {
        FormDialog form = form(owner, "cases.action.new");
        ToggleGroup basis = new ToggleGroup();
        RadioButton power = new RadioButton(I18n.t("enum.CaseBasis.POWER"));
        power.setId("case-basis-power");
        RadioButton other = new RadioButton(I18n.t("enum.CaseBasis.NOT_POWER_BASED"));
        other.setId("case-basis-other");
        power.setToggleGroup(basis);
        other.setToggleGroup(basis);
        power.setSelected(true);
        form.add("cases.form.basis", new HBox(12, power, other), "case-basis");
        ComboBox<PowerItem> item = form.add("cases.form.power", new ComboBox<>(vm.citablePowers()), "case-power");
        item.setPrefWidth(380);
        item.setConverter(shownAs(p -> p.code() + " " + p.name()));
        TextField category = form.add("cases.form.category", text("case-category", 20), "case-category");
        category.setPromptText(I18n.t("cases.form.categoryPrompt"));
        category.disableProperty().bind(power.selectedProperty());
        item.disableProperty().bind(other.selectedProperty());
        TextField applicant = form.add("cases.col.applicant", text("case-applicant", 30), "case-applicant");
        TextField matter = form.add("cases.col.matter", text("case-matter", 30), "case-matter");
        DatePicker received = form.date("cases.col.received", "case-received", vm.today());
        TextField legal = text("case-legal", 5);
        TextField promised = text("case-promised", 5);
        HBox limitsRow = new HBox(8, new Label(I18n.t("cases.form.legal")), legal, new Label(I18n.t("cases.form.promised")),
                promised);
        limitsRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.add("cases.form.limits", limitsRow, "case-limits");
        TextField reason = form.add("cases.form.limitReason", text("case-limit-reason", 30), "case-limit-reason");
        reason.setPromptText(I18n.t("cases.form.limitReasonPrompt"));
        ComboBox<Department> dept = form.add("cases.col.department", new cn.quanze.ui.common.FilterComboBox<>(
                vm.departmentOptions(), Department::name, cn.quanze.org.domain.UnitMatcher::keysOf,
                cn.quanze.org.domain.UnitMatcher::normalize), "case-department");
        TextField post = form.add("cases.form.post", text("case-post", 15), "case-post");
        TextField person = form.add("cases.form.person", text("case-person", 15), "case-person");
        item.valueProperty().addListener((o, a, p) -> {
            Integer[] limits = CasesViewModel.limitsOf(p);
            legal.setText(limits[0] == null ? "" : limits[0].toString());
            promised.setText(limits[1] == null ? "" : limits[1].toString());
            if (p != null) {
                vm.departmentOptions().stream().filter(d -> d.id().equals(p.departmentId())).findFirst()
                        .ifPresent(dept::setValue);
                if (!p.steps().isEmpty()) {
                    post.setText(p.steps().get(0).post());
                }
            }
        });
        ask(form, b -> new CasesViewModel.NewCase(power.isSelected() ? item.getValue() : null,
                other.isSelected() ? category.getText() : null, applicant.getText(), matter.getText(),
                received.getValue(), number(legal, "cases.form.legal"), number(promised, "cases.form.promised"),
                reason.getText(), dept.getValue(), post.getText(), person.getText()), submit);
    }

    static void suspend(Window owner, LocalDate today, BiConsumer<Suspension, FormOutcome> submit) {
        FormDialog form = form(owner, "cases.action.suspend");
        ComboBox<SuspensionReason> reason = form.add("cases.form.suspendReason", new ComboBox<>(),
                "case-suspend-reason");
        reason.getItems().addAll(SuspensionReason.values());
        reason.setConverter(shownAs(I18n::of));
        DatePicker date = form.date("cases.form.date", "case-suspend-date", today);
        TextField note = form.add("cases.form.note", text("case-suspend-note", 30), "case-suspend-note");
        ask(form, b -> new Suspension(reason.getValue(), date.getValue(), note.getText()), submit);
    }

    static void date(Window owner, String titleKey, LocalDate today, BiConsumer<LocalDate, FormOutcome> submit) {
        FormDialog form = form(owner, titleKey);
        DatePicker date = form.date("cases.form.date", "case-date", today);
        ask(form, b -> date.getValue(), submit);
    }

    static void extend(Window owner, BiConsumer<Extension, FormOutcome> submit) {
        FormDialog form = form(owner, "cases.action.extend");
        Spinner<Integer> days = form.number("cases.form.extendDays", "case-extend-days", 1, 365, 10, 1);
        TextField approver = form.add("cases.form.approver", text("case-extend-approver", 20), "case-extend-approver");
        TextField reason = form.add("cases.form.reason", text("case-extend-reason", 30), "case-extend-reason");
        ask(form, b -> new Extension(days.getValue(), approver.getText(), reason.getText()), submit);
    }

    static void complete(Window owner, LocalDate today, BiConsumer<Completion, FormOutcome> submit) {
        FormDialog form = form(owner, "cases.action.complete");
        DatePicker date = form.date("cases.form.date", "case-complete-date", today);
        TextArea result = form.add("cases.form.result", area("case-complete-result"), "case-complete-result");
        ask(form, b -> new Completion(date.getValue(), result.getText()), submit);
    }

    static void note(Window owner, String titleKey, BiConsumer<String, FormOutcome> submit) {
        FormDialog form = form(owner, titleKey);
        TextArea note = form.add("cases.form.note", area("case-note"), "case-note");
        ask(form, b -> note.getText(), submit);
    }
}
