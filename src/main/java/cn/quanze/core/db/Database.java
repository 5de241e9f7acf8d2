package cn.quanze.core.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file: WAL, foreign keys, busy timeout; one writer connection behind a lock and a few reader
 * connections (WAL lets them read while a write is under way). Opening migrates the schema with Flyway.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 3;
    private final Path file;
    private final SQLiteDataSource dataSource;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();

    private Database(Path file, SQLiteDataSource dataSource, Connection writer) {
        this.file = file;
        this.dataSource = dataSource;
        this.writer = writer;
    }

    public static Database open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5000);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            migrate(ds);
            Connection writer = ds.getConnection();
            Database db = new Database(file, ds, writer);
            return db;
        } catch (SQLException e) {
            throw StoreException.classify(e);
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, file + ": " + e.getMessage(), e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw StoreException.classify(sql);
            }
            throw new StoreException(StoreException.Kind.CORRUPT, file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Flyway migrates; but starting it costs several hundred milliseconds of every start-up, so it runs only
     * when the database's applied versions differ from the migrations this build ships (listed in
     * {@code db/migrations.txt}, kept equal to {@code db/migration} by {@code MigrationIndexTest}).
     */
    private static void migrate(SQLiteDataSource ds) throws SQLException {
        if (shippedVersions().equals(appliedVersions(ds))) {
            return;
        }
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration")
                // each area owns a version range and merges in any order: a database that already has V80 must
                // still get a V70 merged after it
                .outOfOrder(true)
                .loggers("slf4j")
                .load()
                .migrate();
    }

    /** Migrates again (after a restore brought in an older schema). */
    void migrate() {
        try {
            migrate(dataSource);
        } catch (SQLException e) {
            throw StoreException.classify(e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, file + ": " + e.getMessage(), e);
        }
    }

    static java.util.Set<String> shippedVersions() {
        java.util.Set<String> versions = new java.util.TreeSet<>();
        try (var in = Database.class.getResourceAsStream("/db/migrations.txt")) {
            if (in == null) {
                return versions;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                if (line.startsWith("V") && line.contains("__")) {
                    versions.add(line.substring(1, line.indexOf("__")));
                }
            }
        } catch (java.io.IOException e) {
            versions.clear();
        }
        return versions;
    }

    private static java.util.Set<String> appliedVersions(SQLiteDataSource ds) throws SQLException {
        java.util.Set<String> versions = new java.util.TreeSet<>();
        try (Connection c = ds.getConnection()) {
            if (Sql.count(c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")
                    == 0) {
                return versions;
            }
            if (Sql.count(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0") > 0) {
                versions.add("failed");
            }
            for (Row r : Sql.rows(c, "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL")) {
                versions.add(r.str("version"));
            }
        }
        return versions;
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} on the single writer connection; callers manage the transaction. */
    <R> R withWriter(SqlFunction<Connection, R> work) {
        writeLock.lock();
        try {
            return work.apply(writer);
        } catch (SQLException e) {
            throw StoreException.classify(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs a read on a pooled reader connection (auto-commit, so each statement sees the latest commit). */
    public <R> R read(SqlFunction<Connection, R> work) {
        Connection c = borrowReader();
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw StoreException.classify(e);
        } finally {
            readers.offer(c);
        }
    }

    /**
     * Runs a read on a connection opened for it and closed after. SQLite's FTS5 integrity check can report a
     * checksum mismatch on a pooled reader whose cached index structure predates writes from the writer
     * connection, so whole-database checks use a fresh connection.
     */
    public <R> R readFresh(SqlFunction<Connection, R> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
    }

    private Connection borrowReader() {
        Connection c = readers.poll();
        if (c != null) {
            return c;
        }
        synchronized (allReaders) {
            if (allReaders.size() < READERS) {
                try {
                    Connection fresh = dataSource.getConnection();
                    allReaders.add(fresh);
                    return fresh;
                } catch (SQLException e) {
                    throw StoreException.classify(e);
                }
            }
        }
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.OTHER, "interrupted", e);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            for (Connection c : allReaders) {
                c.close();
            }
            writer.close();
        } catch (SQLException ignored) {
            // closing
        } finally {
            writeLock.unlock();
        }
    }

    @FunctionalInterface
    public interface SqlFunction<A, R> {
        R apply(A a) throws SQLException;
    }
}
