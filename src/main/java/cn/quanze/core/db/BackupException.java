package cn.quanze.core.db;

import java.nio.file.Path;
import java.util.List;

/**
 * A file refused as a backup, or a backup or backup target refused, before anything was replaced. The front ends
 * localize {@link #reason()} ({@code core.i18n.BackupMessages}); SQLite's own text never reaches the user.
 */
public final class BackupException extends RuntimeException {
    public enum Reason {
        /** No file at the path. */
        NOT_FOUND,
        /** Not a Quanze database: random bytes, empty, truncated, another program's file, a directory. */
        NOT_A_BACKUP,
        /** Made by a newer version: its schema has migrations this version does not know. */
        NEWER_SCHEMA,
        /** A Quanze database that fails the database check (an edited row or audit entry...). */
        FAILS_CHECK,
        /** The live database itself offered as the backup to restore. */
        LIVE_DATABASE,
        /** A backup to be written onto the live database (or its journal). */
        TARGET_IS_LIVE_DATABASE,
        /** A backup to be written onto a directory. */
        TARGET_IS_DIRECTORY
    }

    private final Reason reason;
    private final Path file;
    private final String detail;
    private final List<DbCheck.Problem> problems;

    BackupException(Reason reason, Path file, String detail, List<DbCheck.Problem> problems, Throwable cause) {
        super(reason + " " + file + (detail == null ? "" : " " + detail), cause);
        this.reason = reason;
        this.file = file;
        this.detail = detail;
        this.problems = List.copyOf(problems);
    }

    BackupException(Reason reason, Path file) {
        this(reason, file, null, List.of(), null);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** The newer schema version ({@link Reason#NEWER_SCHEMA}), else null. */
    public String detail() {
        return detail;
    }

    /** What the database check found ({@link Reason#FAILS_CHECK}). */
    public List<DbCheck.Problem> problems() {
        return problems;
    }
}
