package cn.quanze.bench;

import cn.quanze.wiring.Workbench;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The storage floor of a sync import: what the import must keep per revision (the revision, the record's row,
 * its head and an audit entry) inserted by bare JDBC batches into a database with the real schema, without any
 * checking, hashing or merging. The distance between an import and this floor is the import's own work.
 */
final class SyncFloor {
    private SyncFloor() {
    }

    static Timer measure(Store source, Path dir, Clock clock) throws SQLException {
        List<Row> revisions = source.read(c -> Sql.rows(c, "SELECT rev_id, entity, record_id, parents, origin_node, "
                + "origin_seq, hlc, user_name, deleted, data FROM revision WHERE entity = 'department' ORDER BY seq"));
        List<Row> rows = source.read(c -> Sql.rows(c, "SELECT id, code, name, short_name, kind, demo FROM department"));
        Path file;
        try (Workbench schema = Workbench.open(dir, () -> "bench", clock)) {
            file = schema.store().file();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
            }
            Timer t = Timer.start();
            c.setAutoCommit(false);
            batch(c, "INSERT INTO revision (rev_id, entity, record_id, parents, origin_node, origin_seq, hlc, user_name, "
                    + "deleted, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", revisions, r -> new Object[] {r.str("rev_id"),
                    r.str("entity"), r.str("record_id"), r.str("parents"), r.str("origin_node"), r.lng("origin_seq"),
                    r.lng("hlc"), r.str("user_name"), r.lng("deleted"), r.str("data")});
            batch(c, "INSERT INTO department (id, code, name, short_name, kind, demo) VALUES (?, ?, ?, ?, ?, ?)", rows,
                    r -> new Object[] {r.str("id"), r.str("code"), r.str("name"), r.str("short_name"), r.str("kind"),
                            r.lng("demo")});
            batch(c, "INSERT INTO record_head (entity, record_id, rev_id, deleted) VALUES (?, ?, ?, 0)", revisions,
                    r -> new Object[] {r.str("entity"), r.str("record_id"), r.str("rev_id")});
            String hash = "0".repeat(64);
            String at = clock.instant().toString();
            batch(c, "INSERT INTO audit_log (at, user_name, action, entity, record_id, rev_id, summary, prev_hash, hash) "
                    + "VALUES (?, 'bench', 'sync.import', ?, ?, ?, ?, ?, ?)", revisions, r -> new Object[] {at,
                    r.str("entity"), r.str("record_id"), r.str("rev_id"), "{\"op\":\"receive\",\"origin\":\""
                    + r.str("origin_node") + "#" + r.lng("origin_seq") + "\"}", hash, hash});
            c.commit();
            return t.stop();
        }
    }

    private interface Values {
        Object[] of(Row r);
    }

    private static void batch(Connection c, String sql, List<Row> rows, Values values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Row r : rows) {
                Sql.bind(ps, values.of(r));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
