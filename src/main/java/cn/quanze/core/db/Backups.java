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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backups of the database, always made with SQLite's online backup (consistent while the app runs): one
 * automatic backup a day on start in {@code <dataDir>/backups/} keeping the last {@value #KEEP}, a manual backup
 * to a chosen file, and restore with a preview (date, office, counts) that refuses files that are not an intact
 * Quanze database ({@link BackupCandidate}). A restore checks a copy of the backup with the database check, backs
 * up the current database, then gives this installation a new node id.
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

    /**
     * 立即备份 to a file the user chose (管理员 only: a backup holds every record and the user accounts). Refuses a
     * directory and the live database file itself (or its journal), which the backup would replace.
     */
    public Path backupNow(Path target) {
        requireAdmin(target);
        if (Files.isDirectory(target)) {
            throw new BackupException(BackupException.Reason.TARGET_IS_DIRECTORY, target);
        }
        if (BackupCandidate.sameDatabase(target, store.file())) {
            throw new BackupException(BackupException.Reason.TARGET_IS_LIVE_DATABASE, target);
        }
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

    /**
     * Reads a backup read-only: refuses (a {@link BackupException}) a missing file and a file that is not an intact
     * Quanze database of this version or an older one.
     */
    public Preview preview(Path file) {
        return read(file, store.schema());
    }

    /** Refuses to restore the database file {@code dbFile} (or its journal) onto itself. */
    public static void requireNotLive(Path backup, Path dbFile) {
        if (BackupCandidate.sameDatabase(backup, dbFile)) {
            throw new BackupException(BackupException.Reason.LIVE_DATABASE, backup);
        }
    }

    /** {@link #preview} without an open store. */
    public static Preview read(Path file, Schema schema) {
        return BackupCandidate.inspect(file, schema);
    }

    /**
     * Replaces the database with {@code file} after checking it — not the live database itself, an intact Quanze
     * database of this version or older, and a copy of it passes the database check — keeping a backup of the
     * current state first (returned). The restored database gets a new node id (see {@link Store#restoreFrom}).
     * Any refusal comes before anything is replaced.
     */
    public Path restore(Path file) {
        requireAdmin(file);
        requireNotLive(file, store.file());
        read(file, store.schema());
        Path checked = BackupCandidate.checkedCopy(file, dir, store.schema(), clock);
        try {
            Path safety = dir.resolve("before-restore-" + LocalDateTime.now(clock).format(STAMP) + ".db");
            backupInto(safety);
            store.restoreFrom(checked, clock);
            return safety;
        } finally {
            BackupCandidate.delete(checked);
        }
    }

    /**
     * Restores without opening the current database, for when it cannot be opened (damaged): checks the backup as
     * {@link #restore} does (against {@code schema}), moves the damaged file (and its WAL) aside as
     * {@code quanze.db.damaged-<time>}, puts the checked copy in its place and removes its node id, so the next
     * open makes a fresh one. Call with the data directory locked and no store
     * open. Returns where the damaged file went.
     */
    public static Path restoreOffline(Path dbFile, Path backup, Clock clock, Schema schema) {
        requireNotLive(backup, dbFile);
        read(backup, schema);
        Path checked = BackupCandidate.checkedCopy(backup, dbFile.toAbsolutePath().getParent(), schema, clock);
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
            Files.move(checked, dbFile);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, dbFile + ": " + e.getMessage(), e);
        } finally {
            BackupCandidate.delete(checked);
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
