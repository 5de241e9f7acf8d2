package cn.quanze.cases.ui;

import cn.quanze.cases.domain.SuspensionReason;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.core.i18n.I18n;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The forms of the cases pane (new case, suspend, resume, extend, complete, 摘牌). Each returns what was entered;
 * the view model and the domain rules decide whether it is allowed and say why not.
 */
final class CaseDialogs {
    private CaseDialogs() {
    }

    record Suspension(SuspensionReason reason, LocalDate date, String note) {
    }

    record Extension(int days, String approver, String reason) {
    }

    record Completion(LocalDate date, String result) {
    }

    private static <R> Optional<R> show(Window owner, String titleKey, GridPane form, Function<ButtonType, R> result) {
        Dialog<R> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(I18n.t(titleKey));
        d.setHeaderText(I18n.t(titleKey));
        d.getDialogPane().setContent(form);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        cn.quanze.ui.common.SaveShortcut.install(d.getDialogPane(), ButtonType.OK);
        d.getDialogPane().setId("case-dialog");
        d.setResultConverter(b -> b == ButtonType.OK ? result.apply(b) : null);
        return d.showAndWait();
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        return g;
    }

    private static void row(GridPane g, int r, String key, Node field) {
        g.add(new Label(I18n.t(key)), 0, r);
        g.add(field, 1, r);
    }

    private static DatePicker date(String id, LocalDate value) {
        return cn.quanze.ui.common.IsoDates.picker(id, value);
    }

    private static TextField text(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
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

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Optional<CasesViewModel.NewCase> newCase(Window owner, CasesViewModel vm) {
        GridPane g = grid();
        ToggleGroup basis = new ToggleGroup();
        RadioButton power = new RadioButton(I18n.t("enum.CaseBasis.POWER"));
        power.setId("case-basis-power");
        RadioButton other = new RadioButton(I18n.t("enum.CaseBasis.NOT_POWER_BASED"));
        other.setId("case-basis-other");
        power.setToggleGroup(basis);
        other.setToggleGroup(basis);
        power.setSelected(true);
        ComboBox<PowerItem> item = new ComboBox<>(vm.citablePowers());
        item.setId("case-power");
        item.setPrefWidth(380);
        item.setConverter(shownAs(p -> p.code() + " " + p.name()));
        TextField category = text("case-category", 20);
        category.setPromptText(I18n.t("cases.form.categoryPrompt"));
        category.disableProperty().bind(power.selectedProperty());
        item.disableProperty().bind(other.selectedProperty());
        TextField applicant = text("case-applicant", 30);
        TextField matter = text("case-matter", 30);
        DatePicker received = date("case-received", vm.today());
        TextField legal = text("case-legal", 5);
        TextField promised = text("case-promised", 5);
        TextField reason = text("case-limit-reason", 30);
        reason.setPromptText(I18n.t("cases.form.limitReasonPrompt"));
        ComboBox<Department> dept = new cn.quanze.ui.common.FilterComboBox<>(vm.departmentOptions(), Department::name,
                cn.quanze.org.domain.UnitMatcher::keysOf, cn.quanze.org.domain.UnitMatcher::normalize);
        dept.setId("case-department");
        TextField post = text("case-post", 15);
        TextField person = text("case-person", 15);
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
        row(g, 0, "cases.form.basis", new HBox(12, power, other));
        row(g, 1, "cases.form.power", item);
        row(g, 2, "cases.form.category", category);
        row(g, 3, "cases.col.applicant", applicant);
        row(g, 4, "cases.col.matter", matter);
        row(g, 5, "cases.col.received", received);
        row(g, 6, "cases.form.limits", new HBox(8, new Label(I18n.t("cases.form.legal")), legal,
                new Label(I18n.t("cases.form.promised")), promised));
        row(g, 7, "cases.form.limitReason", reason);
        row(g, 8, "cases.col.department", dept);
        row(g, 9, "cases.form.post", post);
        row(g, 10, "cases.form.person", person);
        return show(owner, "cases.action.new", g, b -> new CasesViewModel.NewCase(
                power.isSelected() ? item.getValue() : null, other.isSelected() ? category.getText() : null,
                applicant.getText(), matter.getText(), received.getValue(), number(legal.getText()),
                number(promised.getText()), reason.getText(), dept.getValue(), post.getText(), person.getText()));
    }

    static Optional<Suspension> suspend(Window owner, LocalDate today) {
        GridPane g = grid();
        ComboBox<SuspensionReason> reason = new ComboBox<>();
        reason.getItems().addAll(SuspensionReason.values());
        reason.setId("case-suspend-reason");
        reason.setConverter(shownAs(I18n::of));
        DatePicker date = date("case-suspend-date", today);
        TextField note = text("case-suspend-note", 30);
        row(g, 0, "cases.form.suspendReason", reason);
        row(g, 1, "cases.form.date", date);
        row(g, 2, "cases.form.note", note);
        return show(owner, "cases.action.suspend", g, b -> new Suspension(reason.getValue(), date.getValue(),
                note.getText()));
    }

    static Optional<LocalDate> date(Window owner, String titleKey, LocalDate today) {
        GridPane g = grid();
        DatePicker date = date("case-date", today);
        row(g, 0, "cases.form.date", date);
        return show(owner, titleKey, g, b -> date.getValue());
    }

    static Optional<Extension> extend(Window owner) {
        GridPane g = grid();
        Spinner<Integer> days = new Spinner<>(1, 365, 10);
        days.setEditable(true);
        days.setId("case-extend-days");
        TextField approver = text("case-extend-approver", 20);
        TextField reason = text("case-extend-reason", 30);
        row(g, 0, "cases.form.extendDays", days);
        row(g, 1, "cases.form.approver", approver);
        row(g, 2, "cases.form.reason", reason);
        return show(owner, "cases.action.extend", g, b -> new Extension(days.getValue(), approver.getText(),
                reason.getText()));
    }

    static Optional<Completion> complete(Window owner, LocalDate today) {
        GridPane g = grid();
        DatePicker date = date("case-complete-date", today);
        TextArea result = new TextArea();
        result.setId("case-complete-result");
        result.setPrefRowCount(3);
        result.setPrefColumnCount(30);
        row(g, 0, "cases.form.date", date);
        row(g, 1, "cases.form.result", result);
        return show(owner, "cases.action.complete", g, b -> new Completion(date.getValue(), result.getText()));
    }

    static Optional<String> note(Window owner, String titleKey) {
        GridPane g = grid();
        TextArea note = new TextArea();
        note.setId("case-note");
        note.setPrefRowCount(3);
        note.setPrefColumnCount(30);
        row(g, 0, "cases.form.note", note);
        return show(owner, titleKey, g, b -> note.getText());
    }
}
