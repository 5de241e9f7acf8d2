package cn.quanze.duties.ui;

import cn.quanze.core.i18n.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /** One row: a value per field, as properties the view binds to. */
    public static final class FormRow {
        private final Map<String, StringProperty> values = new LinkedHashMap<>();

        FormRow(List<Field> fields) {
            fields.forEach(f -> values.put(f.name(), new SimpleStringProperty("")));
        }

        public StringProperty property(String field) {
            return values.get(field);
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

    /** Checks required fields and numbers, then the form's own rules; messages name the section, row and field. */
    public List<String> validate() {
        List<String> errors = new ArrayList<>();
        for (Section s : sections) {
            int n = 0;
            for (FormRow row : s.fixed() ? s.rows() : s.filled()) {
                n++;
                for (Field f : s.fields()) {
                    String v = row.get(f.name());
                    if (f.required() && v.isEmpty()) {
                        errors.add(I18n.t("duties.form.required", s.title(), n, I18n.t(f.labelKey())));
                    } else if (f.kind() == Kind.NUMBER && !v.isEmpty() && !v.matches("\\d{1,4}")) {
                        errors.add(I18n.t("duties.form.number", s.title(), n, I18n.t(f.labelKey()), v));
                    } else if (f.kind() == Kind.CHOICE && !v.isEmpty()
                            && f.choices().stream().noneMatch(c -> c.value().equals(v))) {
                        errors.add(I18n.t("duties.form.choice", s.title(), n, I18n.t(f.labelKey()), v));
                    }
                }
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(validator.apply(this));
        }
        return errors;
    }

    /** Validates; when valid, saves (in the background) and returns no errors. */
    public List<String> submit() {
        List<String> errors = validate();
        if (errors.isEmpty()) {
            onSave.run();
        }
        return errors;
    }
}
