package cn.quanze.core.db;

/**
 * A database failure classified for the user: the UI turns {@link Kind} into a localized message that says
 * what to do. Nothing was written when this is thrown from a write.
 */
public class StoreException extends RuntimeException {
    public enum Kind { LOCKED, READ_ONLY, DISK_FULL, CORRUPT, IN_USE, CONSTRAINT, FORBIDDEN, OTHER }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** SQLite's result code when SQLite reported the failure, else 0 (its English text stays in the log). */
    public int sqliteCode() {
        return getCause() instanceof java.sql.SQLException sql ? sql.getErrorCode() : 0;
    }

    public static StoreException classify(java.sql.SQLException e) {
        String m = String.valueOf(e.getMessage());
        Kind kind;
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED") || m.contains("database is locked")) {
            kind = Kind.LOCKED;
        } else if (m.contains("SQLITE_READONLY") || m.contains("readonly")) {
            kind = Kind.READ_ONLY;
        } else if (m.contains("SQLITE_FULL")) {
            kind = Kind.DISK_FULL;
        } else if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("malformed")
                || m.contains("not a database")) {
            kind = Kind.CORRUPT;
        } else if (m.contains("SQLITE_CONSTRAINT")) {
            kind = Kind.CONSTRAINT;
        } else {
            kind = Kind.OTHER;
        }
        return new StoreException(kind, m, e);
    }
}
