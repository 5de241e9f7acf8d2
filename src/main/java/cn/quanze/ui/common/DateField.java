package cn.quanze.ui.common;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date field of a form: a date picker whose editor takes every way {@link Dates} reads a date, keeps what was
 * typed when it is not a date (instead of putting the old date back), and has its message beside it.
 */
public final class DateField {
    private final DatePicker picker;
    private final FieldMessage message;
    private final String label;

    /** {@code label} is the field's name as the messages say it (e.g. 受理日期). */
    public DateField(String id, String label, LocalDate value) {
        this.picker = picker(id, value);
        this.label = label;
        this.message = new FieldMessage(picker);
    }

    /**
     * A date picker (also for filters) showing dates as 2026-12-31 and taking 2026/12/31, 2026.12.31 and 2026年12月31日
     * too; editable, and a text that is not a date stays in the editor for the user to correct.
     */
    public static DatePicker picker(String id, LocalDate value) {
        DatePicker p = new DatePicker(value);
        p.setId(id);
        p.setEditable(true);
        KeepTyped converter = new KeepTyped(p);
        p.setConverter(converter);
        // registered before the skin's own listener, so a newly picked date is shown, not the old typing
        p.valueProperty().addListener((o, a, b) -> {
            converter.typed = null;
            p.getEditor().setText(Dates.format(b));
        });
        // a date typed another way (2026/1/5) is shown as the tables show it once the field is left
        p.getEditor().focusedProperty().addListener((o, was, now) -> {
            String t = p.getEditor().getText();
            Dates.parse(t).map(Dates::format).filter(iso -> !now && !iso.equals(t)).ifPresent(p.getEditor()::setText);
        });
        return p;
    }

    public DatePicker picker() {
        return picker;
    }

    /** The picker with its message under it. */
    public Node node() {
        return message.node();
    }

    public FieldMessage message() {
        return message;
    }

    /** What is in the editor now, committed or not. */
    public String text() {
        String t = picker.getEditor().getText();
        return t == null ? "" : t;
    }

    /**
     * Reads what was typed: true when it is blank or a date (the picker then holds that date), false when it is not a
     * date, with the sentence naming the field shown beside it and the typing left as it was.
     */
    public boolean check() {
        String problem = Dates.problem(label, text());
        if (problem != null) {
            message.show(problem);
            return false;
        }
        message.clear();
        LocalDate d = Dates.parse(text()).orElse(null);
        if (d == null ? picker.getValue() != null : !d.equals(picker.getValue())) {
            picker.setValue(d);
        }
        return true;
    }

    /** The date typed (null when blank or not a date); call {@link #check()} first to tell the user. */
    public LocalDate value() {
        return Dates.parse(text()).orElse(null);
    }

    /** Shows dates as the tables do and reads them with {@link Dates}; remembers a typing that is not a date. */
    private static final class KeepTyped extends StringConverter<LocalDate> {
        private final DatePicker picker;
        private String typed;

        KeepTyped(DatePicker picker) {
            this.picker = picker;
        }

        @Override
        public String toString(LocalDate date) {
            return typed != null ? typed : Dates.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                typed = null;
                return null;
            }
            java.util.Optional<LocalDate> d = Dates.parse(text);
            if (d.isPresent()) {
                typed = null;
                return d.get();
            }
            typed = text;
            return picker.getValue();
        }
    }
}
