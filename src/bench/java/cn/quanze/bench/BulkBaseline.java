package cn.quanze.bench;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import cn.quanze.core.db.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The raw baseline for import benchmarks: a bare JDBC batch insert of the same rows into a scratch SQLite file
 * with the same table and the same durability settings (WAL, synchronous=FULL), one transaction, no change log.
 */
public final class BulkBaseline {
    private BulkBaseline() {
    }

    /** Inserts the rows; returns the elapsed nanoseconds. */
    public static <T> long insert(Store source, Path scratch, EntityType<T> type, List<T> records) {
        String ddl = source.read(c -> Sql.one(c, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                type.name())).orElseThrow().str("sql").replaceAll("REFERENCES \\w+ \\(id\\) DEFERRABLE INITIALLY DEFERRED", "");
        List<String> cols = type.columns();
        String sql = "INSERT INTO " + type.name() + " (" + String.join(", ", cols) + ") VALUES ("
                + cols.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + scratch.toAbsolutePath())) {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
                st.execute(ddl);
            }
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (T r : records) {
                    Row row = type.toRow(r);
                    Sql.bind(ps, cols.stream().map(col -> row.values().get(col)).toArray());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            return System.nanoTime() - start;
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
    }
}
