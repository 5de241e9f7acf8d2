package cn.quanze.core.files;

import java.util.Locale;
import java.util.Optional;

/** The file formats reports are written in. */
public enum ReportFormat {
    DOCX, PDF, XLSX;

    public static Optional<ReportFormat> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
