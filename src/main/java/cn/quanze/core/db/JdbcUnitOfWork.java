package cn.quanze.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@link UnitOfWork} over one open SQLite transaction. Created and committed only by {@link Store}. */
final class JdbcUnitOfWork implements UnitOfWork, AutoCloseable {
    /** Columns whose values never appear in the audit summary. */
    private static final Set<String> SECRET_COLUMNS = Set.of("password_hash");
    private final Connection c;
    private final ChangeLogState log;
    private final AuditChain.Tail audit;
    private final String actor;
    private final String action;
    private final Principal principal;
    private final WritePolicy policy;
    private final Schema schema;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Set<String> touchedEntities = new LinkedHashSet<>();
    private int writes;
    private JdbcChangeLog changeLog;

    JdbcUnitOfWork(Connection c, ChangeLogState log, AuditChain audit, String actor, String action,
                   Principal principal, WritePolicy policy, Schema schema) {
        this.principal = principal;
        this.policy = policy;
        this.schema = schema;
        this.c = c;
        this.log = log;
        this.audit = audit.tail(c);
        this.actor = actor;
        this.action = action;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public <T> Outcome put(EntityType<T> type, T record) {
        Row row = type.toRow(record);
        String id = row.str("id");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(type + ": record without id");
        }
        try {
            Optional<Row> before = currentRow(type.name(), id);
            if (before.isPresent() && before.get().equals(row)) {
                return Outcome.UNCHANGED;
            }
            policy.check(principal, type, id, before.orElse(null), row, this);
            if (before.isPresent()) {
                update(type, row);
            } else {
                insert(type, row);
            }
            String revId = appendRevision(type.name(), id, false, Json.canonical(row));
            audit(type.name(), id, revId, summary(before.orElse(null), row));
            touchedEntities.add(type.name());
            writes++;
            return before.isPresent() ? Outcome.UPDATED : Outcome.INSERTED;
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
    }

    @Override
    public boolean delete(EntityType<?> type, String id) {
        try {
            Optional<Row> before = currentRow(type.name(), id);
            if (before.isEmpty()) {
                return false;
            }
            policy.check(principal, type, id, before.get(), null, this);
            PreparedStatement ps = statement("DELETE FROM " + type.name() + " WHERE id = ?");
            Sql.bind(ps, id);
            ps.executeUpdate();
            String revId = appendRevision(type.name(), id, true, "{}");
            audit(type.name(), id, revId, summary(before.get(), null));
            touchedEntities.add(type.name());
            writes++;
            return true;
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
    }

    @Override
    public <T> Optional<T> find(EntityType<T> type, String id) {
        try {
            return currentRow(type.name(), id).map(type::fromRow);
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
    }

    @Override
    public List<Row> query(String sql, Object... params) {
        try {
            return Sql.rows(c, sql, params);
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public Connection connection() {
        return c;
    }

    @Override
    public ChangeLog changeLog() {
        if (changeLog == null) {
            changeLog = new JdbcChangeLog(this, log, actor);
        }
        return changeLog;
    }

    /** Appends this transaction's audit entry for one revision. */
    void audit(String entity, String recordId, String revId, String summary) throws SQLException {
        audit.append(actor, action, entity, recordId, revId, summary);
    }

    void touched(String entity) {
        touchedEntities.add(entity);
    }

    Set<String> touchedEntities() {
        return touchedEntities;
    }

    int writes() {
        return writes;
    }

    Optional<Row> currentRow(String table, String id) throws SQLException {
        PreparedStatement ps = statement("SELECT * FROM " + table + " WHERE id = ?");
        Sql.bind(ps, id);
        try (var rs = ps.executeQuery()) {
            List<Row> rows = Sql.readAll(rs);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }
    }

    void insert(EntityType<?> type, Row row) throws SQLException {
        List<String> cols = type.columns();
        String sql = "INSERT INTO " + type.name() + " (" + String.join(", ", cols) + ") VALUES ("
                + cols.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")";
        PreparedStatement ps = statement(sql);
        Sql.bind(ps, cols.stream().map(col -> row.values().get(col)).toArray());
        ps.executeUpdate();
    }

    void update(EntityType<?> type, Row row) throws SQLException {
        List<String> cols = type.columns().stream().filter(col -> !col.equals("id")).toList();
        String sql = "UPDATE " + type.name() + " SET " + cols.stream().map(col -> col + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE id = ?";
        PreparedStatement ps = statement(sql);
        List<Object> params = new ArrayList<>();
        cols.forEach(col -> params.add(row.values().get(col)));
        params.add(row.str("id"));
        Sql.bind(ps, params.toArray());
        ps.executeUpdate();
    }

    private String appendRevision(String entity, String recordId, boolean deleted, String data) throws SQLException {
        PreparedStatement head = statement("SELECT rev_id FROM record_head WHERE entity = ? AND record_id = ?");
        Sql.bind(head, entity, recordId);
        String parent = null;
        try (var rs = head.executeQuery()) {
            if (rs.next()) {
                parent = rs.getString(1);
            }
        }
        String parents = parent == null ? "[]" : Json.write(List.of(parent));
        if (parent != null && parent.startsWith(JdbcChangeLog.MERGE_PREFIX)) {
            // a merge of concurrent heads is never a parent: the new revision supersedes the heads it merged
            PreparedStatement mp = statement("SELECT parents FROM revision WHERE rev_id = ?");
            Sql.bind(mp, parent);
            try (var rs = mp.executeQuery()) {
                if (rs.next()) {
                    parents = rs.getString(1);
                }
            }
        }
        String revId = cn.quanze.core.domain.Ids.newId();
        long originSeq = log.nextOriginSeq();
        long hlc = log.clock().tick();
        PreparedStatement ins = statement("INSERT INTO revision (rev_id, entity, record_id, parents, origin_node, "
                + "origin_seq, hlc, user_name, deleted, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Sql.bind(ins, revId, entity, recordId, parents, log.nodeId(),
                originSeq, hlc, actor, deleted, data);
        ins.executeUpdate();
        PreparedStatement up = statement("INSERT INTO record_head (entity, record_id, rev_id, deleted) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(entity, record_id) DO UPDATE SET rev_id = excluded.rev_id, deleted = excluded.deleted");
        Sql.bind(up, entity, recordId, revId, deleted);
        up.executeUpdate();
        return revId;
    }

    /** Audit summary: the changed fields with before and after values, as JSON. */
    static String summary(Row before, Row after) {
        Map<String, Object> diff = new TreeMap<>();
        if (before == null && after == null) {
            diff.put("op", "delete"); // a tombstone for a record this node never had (sync)
        } else if (before == null) {
            diff.put("op", "insert");
            diff.put("after", redacted(after.values()));
        } else if (after == null) {
            diff.put("op", "delete");
            diff.put("before", redacted(before.values()));
        } else {
            diff.put("op", "update");
            Map<String, List<Object>> fields = new TreeMap<>();
            for (String k : after.values().keySet()) {
                Object a = before.values().get(k);
                Object b = after.values().get(k);
                if (!java.util.Objects.equals(a, b)) {
                    fields.put(k, SECRET_COLUMNS.contains(k) ? List.of("***", "***") : java.util.Arrays.asList(a, b));
                }
            }
            diff.put("fields", fields);
        }
        return Json.write(diff);
    }

    private static Map<String, Object> redacted(Map<String, Object> values) {
        Map<String, Object> out = new TreeMap<>(values);
        SECRET_COLUMNS.forEach(k -> out.computeIfPresent(k, (key, v) -> "***"));
        return out;
    }

    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    static String now() {
        return Instant.now().toString();
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing
            }
        }
    }
}
