package cn.quanze.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies the database: SQLite's integrity and foreign-key checks, that every current row equals the row of
 * its head revision in the change log (and no deleted record still has a row), and that the audit chain is
 * unbroken. Problems carry a message key and arguments; the caller localizes them.
 */
public final class DbCheck {
    public record Problem(String key, List<Object> args) {
        Problem(String key, Object... args) {
            this(key, List.of(args));
        }
    }

    private final Store store;

    public DbCheck(Store store) {
        this.store = store;
    }

    public List<Problem> run() {
        return store.readFresh(c -> {
            List<Problem> problems = new ArrayList<>();
            for (Row r : Sql.rows(c, "PRAGMA integrity_check")) {
                String v = r.values().values().iterator().next().toString();
                if (!"ok".equals(v)) {
                    problems.add(new Problem("check.integrity", v));
                }
            }
            for (Row r : Sql.rows(c, "PRAGMA foreign_key_check")) {
                problems.add(new Problem("check.foreignKey", r.str("table"), r.str("parent")));
            }
            for (EntityType<?> type : store.schema().entities()) {
                checkEntity(c, type, problems);
            }
            checkAudit(c, problems);
            return problems;
        });
    }

    private static void checkEntity(Connection c, EntityType<?> type, List<Problem> problems) throws SQLException {
        Map<String, String> heads = new HashMap<>();
        for (Row h : Sql.rows(c, "SELECT h.record_id, h.deleted, r.data FROM record_head h "
                + "JOIN revision r ON r.rev_id = h.rev_id WHERE h.entity = ?", type.name())) {
            heads.put(h.str("record_id"), h.bool("deleted") ? null : h.str("data"));
        }
        for (Row row : Sql.rows(c, "SELECT " + String.join(", ", type.columns()) + " FROM " + type.name())) {
            String id = row.str("id");
            if (!heads.containsKey(id)) {
                problems.add(new Problem("check.rowWithoutRevision", type.name(), id));
                continue;
            }
            String data = heads.remove(id);
            if (data == null) {
                problems.add(new Problem("check.deletedRowPresent", type.name(), id));
            } else if (!data.equals(Json.canonical(row))
                    && !Json.canonical(type.complete(Json.rowOf(data))).equals(Json.canonical(row))) {
                // a head written before a migration added columns reads with those columns null
                problems.add(new Problem("check.rowDiffers", type.name(), id));
            }
        }
        heads.forEach((id, data) -> {
            if (data != null) {
                problems.add(new Problem("check.rowMissing", type.name(), id));
            }
        });
    }

    private static void checkAudit(Connection c, List<Problem> problems) throws SQLException {
        String prev = AuditChain.GENESIS;
        long expectedSeq = -1;
        try (var ps = c.prepareStatement("SELECT seq, at, user_name, action, entity, record_id, rev_id, summary, "
                + "prev_hash, hash FROM audit_log ORDER BY seq");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                String hash = AuditChain.hash(prev, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8));
                boolean gap = expectedSeq >= 0 && seq != expectedSeq;
                if (gap || !prev.equals(rs.getString(9)) || !hash.equals(rs.getString(10))) {
                    problems.add(new Problem("check.auditBroken", seq));
                    return;
                }
                prev = hash;
                expectedSeq = seq + 1;
            }
        }
        long unaudited = Sql.count(c, "SELECT COUNT(*) FROM revision r WHERE NOT EXISTS "
                + "(SELECT 1 FROM audit_log a WHERE a.rev_id = r.rev_id)");
        if (unaudited > 0) {
            problems.add(new Problem("check.auditMissing", unaudited));
        }
    }
}
