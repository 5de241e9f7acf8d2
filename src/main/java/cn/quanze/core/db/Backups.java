package cn.quanze.core.db;

import cn.quanze.core.domain.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Backups of the database, always made with SQLite's online backup (consistent while the app runs): one
 * automatic backup a day on start in {@code <dataDir>/backups/} keeping the last {@value #KEEP}, a manual backup
 * to a chosen file, and restore with a preview (date, office, counts) that refuses files that are not an intact
 * Quanze database. A restore first backs up the current database, then gives this installation a new node id.
 */
public final class Backups {
    public static final int KEEP = 14;
    static final String PREFIX = "quanze-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A backup file in the backups folder. */
    public record BackupFile(Path file, LocalDateTime madeAt, long bytes) {
    }

    /** What a backup holds, read without changing it. */
    public record Preview(Path file, Instant lastChange, String officeName, Map<String, Long> counts, long auditEntries) {
    }

    private final Store store;
    private final Path dir;
    private final Clock clock;

    public Backups(Store store, Path dir, Clock clock) {
        this.store = store;
        this.dir = dir;
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    /** Makes today's automatic backup unless there is one already; keeps the newest {@value #KEEP}. */
    public Optional<Path> autoBackup() {
        LocalDateTime now = LocalDateTime.now(clock);
        String today = PREFIX + now.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        if (list().stream().anyMatch(b -> b.file().getFileName().toString().startsWith(today))) {
            return Optional.empty();
        }
        Path target = dir.resolve(PREFIX + now.format(STAMP) + ".db");
        backupInto(target);
        prune();
        return Optional.of(target);
    }

    /** 立即备份 to a file the user chose (管理员 only: a backup holds every record and the user accounts). */
    public Path backupNow(Path target) {
        requireAdmin(target);
        backupInto(target);
        return target;
    }

    private void backupInto(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            Files.deleteIfExists(partial);
            store.backupTo(partial);
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, target + ": " + e.getMessage(), e);
        }
    }

    /** The automatic backups, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<BackupFile> out = new ArrayList<>();
            for (Path p : files.filter(Backups::isBackupName).sorted().toList()) {
                String stamp = p.getFileName().toString().substring(PREFIX.length(), PREFIX.length() + 15);
                out.add(0, new BackupFile(p, LocalDateTime.parse(stamp, STAMP), Files.size(p)));
            }
            return out;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isBackupName(Path p) {
        return p.getFileName().toString().matches(PREFIX + "\\d{8}-\\d{6}\\.db");
    }

    private void prune() {
        List<BackupFile> all = list();
        for (BackupFile old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new StoreException(StoreException.Kind.READ_ONLY, old.file() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Reads a backup read-only: refuses a file that is not an intact Quanze database (Kind.CORRUPT). */
    public Preview preview(Path file) {
        return read(file, store.schema());
    }

    /** {@link #preview} without an open store. */
    public static Preview read(Path file, Schema schema) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Kind.CORRUPT, file.toString(), null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            Row check = Sql.one(c, "PRAGMA quick_check").orElseThrow();
            if (!"ok".equals(check.values().values().iterator().next())
                    || Sql.count(c, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('audit_log', 'revision')") != 2) {
                throw new StoreException(StoreException.Kind.CORRUPT, file.toString(), null);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (EntityType<?> type : schema.entities()) {
                if (Sql.count(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", type.name()) > 0) {
                    counts.put(type.name(), Sql.count(c, "SELECT COUNT(*) FROM " + type.name()));
                }
            }
            String last = Sql.one(c, "SELECT MAX(at) AS at FROM audit_log").orElseThrow().str("at");
            String office = Sql.one(c, "SELECT value FROM node_setting WHERE id = ?", OfficeSettings.OFFICE_NAME)
                    .map(r -> r.str("value")).orElse(null);
            return new Preview(file, last == null ? null : Instant.parse(last), office, counts,
                    Sql.count(c, "SELECT COUNT(*) FROM audit_log"));
        } catch (SQLException e) {
            StoreException se = StoreException.classify(e);
            throw se.kind() == StoreException.Kind.OTHER
                    ? new StoreException(StoreException.Kind.CORRUPT, file + ": " + e.getMessage(), e) : se;
        }
    }

    /**
     * Replaces the database with {@code file} after checking it, keeping a backup of the current state first
     * (returned). The restored database gets a new node id (see {@link Store#restoreFrom}).
     */
    public Path restore(Path file) {
        requireAdmin(file);
        preview(file);
        Path safety = dir.resolve("before-restore-" + LocalDateTime.now(clock).format(STAMP) + ".db");
        backupInto(safety);
        store.restoreFrom(file, clock);
        return safety;
    }

    /**
     * Restores without opening the current database, for when it cannot be opened (damaged): checks the backup,
     * moves the damaged file (and its WAL) aside as {@code quanze.db.damaged-<time>}, copies the backup in and
     * removes its node id, so the next open makes a fresh one. Call with the data directory locked and no store
     * open. Returns where the damaged file went.
     */
    public static Path restoreOffline(Path dbFile, Path backup, Clock clock) {
        read(backup, new Schema(List.of(), new WritePolicy()));
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path aside = dbFile.resolveSibling(dbFile.getFileName() + ".damaged-" + stamp);
        try {
            if (Files.exists(dbFile)) {
                Files.move(dbFile, aside);
            }
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path extra = dbFile.resolveSibling(dbFile.getFileName() + suffix);
                if (Files.exists(extra)) {
                    Files.move(extra, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            Files.copy(backup, dbFile);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, dbFile + ": " + e.getMessage(), e);
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
             var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM node_info WHERE key = 'node_id'");
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
        return aside;
    }

    /** The newest automatic backup in {@code dir}, if any. */
    public static Optional<Path> latest(Path dir) {
        return new Backups(null, dir, Clock.systemDefaultZone()).list().stream().findFirst().map(BackupFile::file);
    }

    private void requireAdmin(Path file) {
        store.principal().filter(p -> p.role() != Role.ADMIN).ifPresent(p -> {
            throw new PermissionDeniedException(p, "database", file.getFileName().toString());
        });
    }
}
