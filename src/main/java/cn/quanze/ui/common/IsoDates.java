package cn.quanze.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers show and accept ISO dates (2026-11-22), as Chinese offices write them, whatever the locale. */
public final class IsoDates {
    private IsoDates() {
    }

    public static DatePicker picker(String id, LocalDate value) {
        DatePicker p = new DatePicker(value);
        p.setId(id);
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        return p;
    }
}
