package cn.quanze.core.files;

import cn.quanze.core.i18n.I18n;
import java.nio.file.Path;

/** A workbook that cannot be read at all (missing, encrypted, old .xls, damaged), with a Chinese message. */
public final class ExcelFileException extends RuntimeException {
    public enum Kind { NOT_FOUND, ENCRYPTED, OLD_FORMAT, MALFORMED, NO_HEADER }

    private final Kind kind;

    public ExcelFileException(Kind kind, Path file, Throwable cause) {
        super(message(kind, file), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    private static String message(Kind kind, Path file) {
        String name = String.valueOf(file.getFileName());
        return switch (kind) {
            case NOT_FOUND -> I18n.t("excel.error.notFound", name);
            case ENCRYPTED -> I18n.t("excel.error.encrypted", name);
            case OLD_FORMAT -> I18n.t("excel.error.oldFormat", name);
            case MALFORMED -> I18n.t("excel.error.malformed", name);
            case NO_HEADER -> I18n.t("excel.error.noHeader", name);
        };
    }
}
