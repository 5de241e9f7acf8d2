package cn.quanze.duties.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.ErrorPresenter;
import cn.quanze.ui.common.FormOutcome;
import cn.quanze.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A form of the catalog as sections of rows of text fields (a stage duty, a 追责情形, a boundary …). The view draws
 * it; validation and the conversion to a record live with whoever built it ({@link DutyForms}). No controls here.
 */
public final class EditForm {
    /** How a field is edited. */
    public enum Kind { TEXT, AREA, CHOICE, NUMBER }

    /** A choice value and its label. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One field of a row: name (also the control id suffix), label key, kind, choices, required. */
    public record Field(String name, String labelKey, Kind kind, List<Choice> choices, boolean required) {
        public static Field text(String name, String labelKey, boolean required) {
            return new Field(name, labelKey, Kind.TEXT, List.of(), required);
        }

        public static Field area(String name, String labelKey, boolean required) {
            return new Field(name, labelKey, Kind.AREA, List.of(), required);
        }

        public static Field choice(String name, String labelKey, List<Choice> choices, boolean required) {
            return new Field(name, labelKey, Kind.CHOICE, choices, required);
        }

        public static Field number(String name, String labelKey, boolean required) {
            return new Field(name, labelKey, Kind.NUMBER, List.of(), required);
        }
    }

    /** One row: a value per field, as properties the view binds to, and the message about each field. */
    public static final class FormRow {
        private final Map<String, StringProperty> values = new LinkedHashMap<>();
        private final Map<String, StringProperty> problems = new LinkedHashMap<>();

        FormRow(List<Field> fields) {
            fields.forEach(f -> {
                values.put(f.name(), new SimpleStringProperty(""));
                problems.put(f.name(), new SimpleStringProperty(""));
            });
        }

        public StringProperty property(String field) {
            return values.get(field);
        }

        /** What is wrong with the field as last checked ("" when nothing), shown beside it. */
        public ReadOnlyStringProperty problemProperty(String field) {
            return problems.get(field);
        }

        void problem(String field, String message) {
            problems.get(field).set(message);
        }

        void clearProblems() {
            problems.values().forEach(p -> p.set(""));
        }

        public String get(String field) {
            String v = values.get(field).get();
            return v == null ? "" : v.strip();
        }

        /** The value, or null when blank or when the row has no such field. */
        public String fieldOrNull(String field) {
            return values.containsKey(field) && !get(field).isEmpty() ? get(field) : null;
        }

        public FormRow set(String field, String value) {
            values.get(field).set(value == null ? "" : value);
            return this;
        }

        boolean isBlank() {
            return values.values().stream().allMatch(p -> p.get() == null || p.get().isBlank());
        }
    }

    /** A titled list of rows; a fixed section has exactly one row that cannot be removed. */
    public static final class Section {
        private final String id;
        private final String titleKey;
        private final List<Field> fields;
        private final boolean fixed;
        private final ObservableList<FormRow> rows = FXCollections.observableArrayList();

        Section(String id, String titleKey, List<Field> fields, boolean fixed) {
            this.id = id;
            this.titleKey = titleKey;
            this.fields = List.copyOf(fields);
            this.fixed = fixed;
            if (fixed) {
                rows.add(new FormRow(fields));
            }
        }

        public String id() {
            return id;
        }

        public String title() {
            return I18n.t(titleKey);
        }

        public List<Field> fields() {
            return fields;
        }

        public boolean fixed() {
            return fixed;
        }

        public ObservableList<FormRow> rows() {
            return rows;
        }

        public FormRow addRow() {
            FormRow row = new FormRow(fields);
            rows.add(row);
            return row;
        }

        public void removeRow(FormRow row) {
            if (!fixed) {
                rows.remove(row);
            }
        }

        /** Rows the user filled in (blank rows are ignored). */
        public List<FormRow> filled() {
            return rows.stream().filter(r -> !r.isBlank()).toList();
        }
    }

    private final String id;
    private final String title;
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Runnable> actions = new LinkedHashMap<>();
    private Function<EditForm, List<String>> validator = f -> List.of();
    private Runnable onSave = () -> { };
    private FormOutcome outcome;

    EditForm(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    Section section(String sectionId, String titleKey, boolean fixed, Field... fields) {
        Section s = new Section(sectionId, titleKey, List.of(fields), fixed);
        sections.add(s);
        return s;
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }

    public Section section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst().orElseThrow();
    }

    /** Extra buttons of the form (label key → action), e.g. 填入标准环节. */
    public Map<String, Runnable> actions() {
        return actions;
    }

    void action(String labelKey, Runnable action) {
        actions.put(labelKey, action);
    }

    void onValidate(Function<EditForm, List<String>> validator) {
        this.validator = validator;
    }

    void onSave(Runnable onSave) {
        this.onSave = onSave;
    }

    /**
     * Checks required fields and numbers, then the form's own rules; messages name the section, row and field, and
     * each is also set beside its field ({@link FormRow#problemProperty}).
     */
    public List<String> validate() {
        List<String> errors = new ArrayList<>();
        for (Section s : sections) {
            s.rows().forEach(FormRow::clearProblems);
            int n = 0;
            for (FormRow row : s.fixed() ? s.rows() : s.filled()) {
                n++;
                for (Field f : s.fields()) {
                    String v = row.get(f.name());
                    String label = I18n.t(f.labelKey());
                    if (f.required() && v.isEmpty()) {
                        errors.add(I18n.t("duties.form.required", s.title(), n, label));
                        row.problem(f.name(), I18n.t("duties.form.field.required", label));
                    } else if (f.kind() == Kind.NUMBER && !v.isEmpty() && !v.matches("\\d{1,4}")) {
                        errors.add(I18n.t("duties.form.number", s.title(), n, label, v));
                        row.problem(f.name(), I18n.t("duties.form.field.number", label, v));
                    } else if (f.kind() == Kind.CHOICE && !v.isEmpty()
                            && f.choices().stream().noneMatch(c -> c.value().equals(v))) {
                        errors.add(I18n.t("duties.form.choice", s.title(), n, label, v));
                        row.problem(f.name(), I18n.t("duties.form.field.choice", label, v));
                    }
                }
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(validator.apply(this));
        }
        return errors;
    }

    /**
     * Validates; when valid, saves in the background and returns no errors. The save reports to {@code outcome}:
     * done when written, refused (the form stays open) with the reason when the store or the rules refused it.
     */
    public List<String> submit(FormOutcome outcome) {
        List<String> errors = validate();
        if (errors.isEmpty()) {
            this.outcome = outcome;
            onSave.run();
        }
        return errors;
    }

    /**
     * Runs {@code write} off the FX thread for {@code form} (null when no form is open, e.g. a delete): when written,
     * the form closes and {@code after} runs; when refused, the form stays open with the reason (without a form, the
     * error dialog says it).
     */
    static void save(TaskExecutor tasks, EditForm form, Runnable write, Runnable after) {
        Callable<Boolean> work = () -> {
            write.run();
            return true;
        };
        if (form == null) {
            tasks.run("duties.saving", work, ok -> after.run());
            return;
        }
        tasks.runWithProgress("duties.saving", p -> work.call(), ok -> {
            if (form.outcome != null) {
                form.outcome.done();
            }
            after.run();
        }, form::failed);
    }

    private void failed(Throwable t) {
        LoggerFactory.getLogger(EditForm.class).warn("saving form {} refused", id, t);
        if (outcome != null) {
            outcome.refused(ErrorPresenter.describe(t), null);
        }
    }
}
