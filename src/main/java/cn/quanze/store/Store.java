package cn.quanze.store;

import cn.quanze.domain.HybridClock;
import cn.quanze.domain.Ids;
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
    private final ChangeLogState log;
    private final AuditChain audit = new AuditChain();
    private final Supplier<String> actor;
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();

    private Store(Database db, ChangeLogState log, Supplier<String> actor) {
        this.db = db;
        this.log = log;
        this.actor = actor;
    }

    /** Opens (creating and migrating as needed) the database file; the node id is made on first open. */
    public static Store open(Path file, Supplier<String> actor, Clock clock) {
        Database db = Database.open(file);
        try {
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
            ChangeLogState state = new ChangeLogState(nodeId, new HybridClock(clock, last[1]), last[0]);
            return new Store(db, state, actor);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public <R> R write(String action, Function<UnitOfWork, R> work) {
        Committed<R> done = db.withWriter(c -> {
            c.setAutoCommit(false);
            JdbcUnitOfWork uow = new JdbcUnitOfWork(c, log, audit, actor.get(), action);
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
                c.setAutoCommit(true);
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
        return log.nodeId();
    }

    public long lastOriginSeq() {
        return log.lastOriginSeq();
    }

    public Path file() {
        return db.file();
    }

    public String currentActor() {
        return actor.get();
    }

    @Override
    public void close() {
        db.close();
    }
}
