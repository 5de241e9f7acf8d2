package cn.quanze.core.db;

import cn.quanze.core.domain.HybridClock;
import cn.quanze.core.domain.Ids;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The store: the database plus the one write path. {@link #write} runs work in a single transaction through a
 * {@link UnitOfWork}; listeners hear which entities changed after each commit.
 */
public final class Store implements AutoCloseable {
    private final Database db;
    private volatile ChangeLogState log;
    private final AuditChain audit = new AuditChain();
    private final Supplier<String> actor;
    private final Schema schema;
    private volatile WritePolicy policy;
    private volatile Principal principal;
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();

    private Store(Database db, ChangeLogState log, Supplier<String> actor, Schema schema) {
        this.db = db;
        this.schema = schema;
        this.policy = schema.policy();
        this.log = log;
        this.actor = actor;
    }

    /** Opens (creating and migrating as needed) the database file; the node id is made on first open. */
    public static Store open(Path file, Supplier<String> actor, Clock clock, Schema schema) {
        Database db = Database.open(file);
        try {
            return new Store(db, loadState(db, clock), actor, schema);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static ChangeLogState loadState(Database db, Clock clock) {
        String nodeId = db.withWriter(c -> {
                Optional<Row> row = Sql.one(c, "SELECT value FROM node_info WHERE key = 'node_id'");
                if (row.isPresent()) {
                    return row.get().str("value");
                }
                String fresh = Ids.newId();
                try (var ps = c.prepareStatement("INSERT INTO node_info (key, value) VALUES ('node_id', ?)")) {
                    ps.setString(1, fresh);
                    ps.executeUpdate();
                }
                return fresh;
            });
            long[] last = db.read(c -> {
                Row r = Sql.one(c, "SELECT COALESCE(MAX(origin_seq), 0) AS s FROM revision WHERE origin_node = ?",
                        nodeId).orElseThrow();
                Row h = Sql.one(c, "SELECT COALESCE(MAX(hlc), 0) AS h FROM revision").orElseThrow();
                return new long[] {r.lng("s"), h.lng("h")};
            });
            return new ChangeLogState(nodeId, new HybridClock(clock, last[1]), last[0]);
    }

    public <R> R write(String action, Function<UnitOfWork, R> work) {
        Committed<R> done = db.withWriter(c -> {
            c.setAutoCommit(false);
            Principal who = principal;
            JdbcUnitOfWork uow = new JdbcUnitOfWork(c, log, audit, currentActor(), action, who, policy, schema);
            try {
                R result = work.apply(uow);
                c.commit();
                log.commit();
                return new Committed<>(result, Set.copyOf(uow.touchedEntities()));
            } catch (RuntimeException | Error | SQLException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                uow.close();
                restoreAutoCommit(c);
            }
        });
        if (!done.touched().isEmpty()) {
            listeners.forEach(l -> l.accept(done.touched()));
        }
        return done.result();
    }

    private record Committed<R>(R result, Set<String> touched) {
    }

    public void run(String action, Consumer<UnitOfWork> work) {
        write(action, uow -> {
            work.accept(uow);
            return null;
        });
    }

    /**
     * Back to auto-commit without masking the real failure: after SQLITE_FULL or an I/O error SQLite ends the
     * transaction itself, and the driver's implicit COMMIT then fails with "no transaction is active".
     */
    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the transaction is already over; the driver is back in auto-commit mode
        }
    }

    private void rollbackQuietly(Connection c) {
        log.rollback();
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    public <R> R read(Database.SqlFunction<Connection, R> work) {
        return db.read(work);
    }

    /** A read on its own short-lived connection (whole-database checks). */
    public <R> R readFresh(Database.SqlFunction<Connection, R> work) {
        return db.readFresh(work);
    }

    public void addChangeListener(Consumer<Set<String>> listener) {
        listeners.add(listener);
    }

    public String nodeId() {
        return log.committedNodeId();
    }

    public long lastOriginSeq() {
        return log.lastOriginSeq();
    }

    public Path file() {
        return db.file();
    }

    /** The name writes are attributed to: the signed-in user's login, else the store's actor (system). */
    public String currentActor() {
        Principal who = principal;
        return who == null ? actor.get() : who.login();
    }

    /** From now on writes are checked against the policy for {@code who} and attributed to them. */
    public void signIn(Principal who) {
        this.principal = who;
    }

    public Optional<Principal> principal() {
        return Optional.ofNullable(principal);
    }

    /** The entity types of this store and their write policy. */
    public Schema schema() {
        return schema;
    }

    public WritePolicy policy() {
        return policy;
    }

    /** Replaces the permission table (the lead's extension point for entity types added later). */
    public void usePolicy(WritePolicy policy) {
        this.policy = policy;
    }

    /**
     * Copies the live database to {@code target} with SQLite's online backup (consistent while the app runs;
     * never a file copy of a live database).
     */
    void backupTo(Path target) {
        db.withWriter(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("backup to " + quoted(target));
            }
            return null;
        });
    }

    /**
     * Replaces the whole database with the backup at {@code source} (online restore, same connections), then
     * gives this installation a fresh node id so the restored change log never reuses origin sequences that
     * the old node id may already have sent to partners. Called by {@link Backups}, which checks the file first.
     */
    void restoreFrom(Path source, Clock clock) {
        db.withWriter(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("restore from " + quoted(source));
                st.executeUpdate("DELETE FROM node_info WHERE key = 'node_id'");
            }
            return null;
        });
        db.migrate();
        log = loadState(db, clock);
        listeners.forEach(l -> l.accept(Set.copyOf(schema.names())));
    }

    private static String quoted(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    @Override
    public void close() {
        db.close();
    }
}
