package cn.quanze.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;

/**
 * A file offered as a backup, checked before it may replace anything: it must exist and be an intact Quanze
 * database made by this version or an older one (read without changing it), and a copy of it, migrated to this
 * version, must pass the database check ({@link DbCheck}: rows against revisions, the audit chain). Every refusal
 * is a {@link BackupException}; SQLite's own text stays in the exception's cause.
 */
final class BackupCandidate {
    private static final String[] JOURNALS = {"", "-wal", "-shm", "-journal"};

    private BackupCandidate() {
    }

    /** Reads what the file holds, read-only, refusing anything that is not a usable Quanze backup. */
    static Backups.Preview inspect(Path file, Schema schema) {
        if (!Files.exists(file)) {
            throw new BackupException(BackupException.Reason.NOT_FOUND, file);
        }
        if (!Files.isRegularFile(file)) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file);
        }
        try (Connection c = readOnly(file)) {
            Row check = Sql.one(c, "PRAGMA quick_check").orElseThrow();
            if (!"ok".equals(check.values().values().iterator().next())
                    || Sql.count(c, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('audit_log', 'revision')") != 2) {
                throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file);
            }
            newerSchema(c).ifPresent(v -> {
                throw new BackupException(BackupException.Reason.NEWER_SCHEMA, file, v, List.of(), null);
            });
            Map<String, Long> counts = new LinkedHashMap<>();
            for (EntityType<?> type : schema.entities()) {
                if (Sql.count(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", type.name()) > 0) {
                    counts.put(type.name(), Sql.count(c, "SELECT COUNT(*) FROM " + type.name()));
                }
            }
            String last = Sql.one(c, "SELECT MAX(at) AS at FROM audit_log").orElseThrow().str("at");
            String office = Sql.one(c, "SELECT value FROM node_setting WHERE id = ?", OfficeSettings.OFFICE_NAME)
                    .map(r -> r.str("value")).orElse(null);
            return new Backups.Preview(file, last == null ? null : Instant.parse(last), office, counts,
                    Sql.count(c, "SELECT COUNT(*) FROM audit_log"));
        } catch (SQLException | RuntimeException e) {
            if (e instanceof BackupException be) {
                throw be;
            }
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file, null, List.of(), e);
        }
    }

    /** The highest migration the file has that this version does not ship, if any. */
    private static java.util.Optional<String> newerSchema(Connection c) throws SQLException {
        Set<String> shipped = Database.shippedVersions();
        if (shipped.isEmpty() || Sql.count(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
                + "'flyway_schema_history'") == 0) {
            return java.util.Optional.empty();
        }
        Set<String> unknown = new TreeSet<>();
        for (Row r : Sql.rows(c, "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL")) {
            if (!shipped.contains(r.str("version"))) {
                unknown.add(r.str("version"));
            }
        }
        return unknown.stream().max(Comparator.comparing(BackupCandidate::numeric).thenComparing(v -> v));
    }

    private static double numeric(String version) {
        try {
            return Double.parseDouble(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Copies the (inspected) file into {@code scratchDir} with SQLite's backup, opens the copy as a store (which
     * migrates an older schema) and runs the database check on it. Returns the checked copy, closed, for the
     * caller to restore from and delete; refuses a file that fails the check (the copy is deleted).
     */
    static Path checkedCopy(Path file, Path scratchDir, Schema schema, Clock clock) {
        Path copy;
        try {
            Files.createDirectories(scratchDir);
            copy = Files.createTempFile(scratchDir, ".restore-check-", ".db");
            Files.delete(copy);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, scratchDir + ": " + e.getMessage(), e);
        }
        try {
            try (Connection c = readOnly(file); var st = c.createStatement()) {
                st.executeUpdate("backup to '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file, null, List.of(), e);
            }
            List<DbCheck.Problem> problems;
            try (Store candidate = Store.open(copy, () -> "restore.check", clock, schema)) {
                problems = new DbCheck(candidate).run();
            } catch (StoreException e) {
                throw new BackupException(BackupException.Reason.NOT_A_BACKUP, file, null, List.of(), e);
            }
            if (!problems.isEmpty()) {
                throw new BackupException(BackupException.Reason.FAILS_CHECK, file, null, problems, null);
            }
            return copy;
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    /** True when {@code p} is the database file {@code live} (or one of its journals), by path or by file. */
    static boolean sameDatabase(Path p, Path live) {
        Path a = p.toAbsolutePath().normalize();
        Path b = live.toAbsolutePath().normalize();
        if (matches(a, b)) {
            return true;
        }
        try {
            Path realDir = b.getParent().toRealPath();
            if (a.getParent() != null && Files.isDirectory(a.getParent())
                    && matches(a.getParent().toRealPath().resolve(a.getFileName()), realDir.resolve(b.getFileName()))) {
                return true;
            }
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean matches(Path a, Path live) {
        for (String suffix : JOURNALS) {
            if (a.equals(live.resolveSibling(live.getFileName() + suffix))) {
                return true;
            }
        }
        return false;
    }

    /** Deletes a scratch database and its journals. */
    static void delete(Path db) {
        for (String suffix : JOURNALS) {
            try {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
            } catch (IOException ignored) {
                // a stray scratch file is harmless: hidden, never named like a backup
            }
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
