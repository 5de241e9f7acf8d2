package cn.quanze.core.db;

import cn.quanze.core.domain.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** {@link ChangeLog} over the transaction of a {@link JdbcUnitOfWork}. */
final class JdbcChangeLog implements ChangeLog {
    static final String MERGE_PREFIX = "merge-";
    private static final Pattern LOCAL_TABLE = Pattern.compile(
            "(?is)\\s*(INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+(sync_\\w+)\\b.*");
    private static final String REVISION_COLUMNS = "seq, rev_id, entity, record_id, parents, origin_node, origin_seq, "
            + "hlc, user_name, deleted, data";
    private final JdbcUnitOfWork uow;
    private final ChangeLogState log;
    private final String actor;
    private Revision lastInserted;

    JdbcChangeLog(JdbcUnitOfWork uow, ChangeLogState log, String actor) {
        this.uow = uow;
        this.log = log;
        this.actor = actor;
    }

    /** Reads with a statement cached for this unit of work (sync applies thousands of revisions in one). */
    private List<Row> rows(String sql, Object... params) {
        try {
            PreparedStatement ps = uow.statement(sql);
            Sql.bind(ps, params);
            try (var rs = ps.executeQuery()) {
                return Sql.readAll(rs);
            }
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
    }

    @Override
    public String nodeId() {
        return log.nodeId();
    }

    @Override
    public boolean hasRevision(String revId) {
        return !rows("SELECT 1 FROM revision WHERE rev_id = ?", revId).isEmpty();
    }

    @Override
    public Optional<Revision> revision(String revId) {
        if (lastInserted != null && lastInserted.revId().equals(revId)) {
            return Optional.of(lastInserted);
        }
        return rows("SELECT " + REVISION_COLUMNS + " FROM revision WHERE rev_id = ?", revId).stream()
                .map(JdbcChangeLog::toRevision).findFirst();
    }

    @Override
    public Optional<String> revIdAt(String originNode, long originSeq) {
        return rows("SELECT rev_id FROM revision WHERE origin_node = ? AND origin_seq = ?", originNode, originSeq)
                .stream().map(r -> r.str("rev_id")).findFirst();
    }

    @Override
    public Map<Long, String> revIdsAt(String originNode, long fromSeq, long toSeq) {
        Map<Long, String> out = new java.util.HashMap<>();
        rows("SELECT origin_seq, rev_id FROM revision WHERE origin_node = ? AND origin_seq BETWEEN ? AND ?", originNode,
                fromSeq, toSeq).forEach(r -> out.put(r.lng("origin_seq"), r.str("rev_id")));
        return out;
    }

    @Override
    public long lastSeqOf(String originNode) {
        return rows("SELECT COALESCE(MAX(origin_seq), 0) AS s FROM revision WHERE origin_node = ?", originNode)
                .get(0).lng("s");
    }

    @Override
    public List<Revision> revisionsOf(String entity, String recordId) {
        return rows("SELECT " + REVISION_COLUMNS + " FROM revision WHERE entity = ? AND record_id = ? ORDER BY seq",
                entity, recordId).stream().map(JdbcChangeLog::toRevision).toList();
    }

    @Override
    public Optional<String> headOf(String entity, String recordId) {
        return rows("SELECT rev_id FROM record_head WHERE entity = ? AND record_id = ?", entity, recordId).stream()
                .map(r -> r.str("rev_id")).findFirst();
    }

    static Revision toRevision(Row r) {
        return new Revision(r.lng("seq"), r.str("rev_id"), r.str("entity"), r.str("record_id"),
                Json.readList(r.str("parents"), String.class), r.str("origin_node"), r.lng("origin_seq"), r.lng("hlc"),
                r.str("user_name"), r.bool("deleted"), r.str("data"));
    }

    @Override
    public void insertRemote(Revision r) {
        try {
            insertRevision(r);
            Map<String, Object> summary = new TreeMap<>();
            summary.put("op", "receive");
            summary.put("origin", r.originNode() + "#" + r.originSeq());
            uow.audit(r.entity(), r.recordId(), r.revId(), Json.write(summary));
            log.clock().observe(r.hlc());
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
    }

    private void insertRevision(Revision r) throws SQLException {
        PreparedStatement ins = uow.statement("INSERT INTO revision (rev_id, entity, record_id, parents, origin_node, "
                + "origin_seq, hlc, user_name, deleted, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Sql.bind(ins, r.revId(), r.entity(), r.recordId(), Json.write(r.parents()), r.originNode(), r.originSeq(),
                r.hlc(), r.user(), r.deleted(), r.data());
        ins.executeUpdate();
        lastInserted = r;
    }

    @Override
    public void moveHead(String entity, String recordId, String revId) {
        Revision r = revision(revId).orElseThrow(() -> new IllegalArgumentException("no revision " + revId));
        EntityType<?> type = uow.schema().byName(entity).orElseThrow(() -> new IllegalArgumentException(entity));
        try {
            // read, then insert or update: an UPSERT would impose its conflict rule on the search-index triggers
            Optional<Row> before = uow.currentRow(entity, recordId);
            if (r.deleted()) {
                if (before.isPresent()) {
                    PreparedStatement ps = uow.statement("DELETE FROM " + entity + " WHERE id = ?");
                    Sql.bind(ps, recordId);
                    ps.executeUpdate();
                }
            } else {
                Row row = type.complete(Json.rowOf(r.data())); // an older revision lacks later columns
                if (before.isEmpty()) {
                    uow.insert(type, row);
                } else if (!before.get().equals(row)) {
                    uow.update(type, row);
                }
            }
            PreparedStatement up = uow.statement("INSERT INTO record_head (entity, record_id, rev_id, deleted) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT(entity, record_id) DO UPDATE SET rev_id = excluded.rev_id, "
                    + "deleted = excluded.deleted");
            Sql.bind(up, entity, recordId, revId, r.deleted());
            up.executeUpdate();
            uow.touched(entity);
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
    }

    @Override
    public String appendLocal(String entity, String recordId, List<String> parents, Row data) {
        String revId = Ids.newId();
        Revision r = new Revision(0, revId, entity, recordId, List.copyOf(parents), log.nodeId(), log.nextOriginSeq(),
                log.clock().tick(), actor, data == null, data == null ? "{}" : Json.canonical(data));
        return appendAndMove(r, "local");
    }

    @Override
    public String appendMerge(String entity, String recordId, List<String> parents, long hlc, Row data) {
        List<String> sorted = parents.stream().sorted().toList();
        byte[] digest = sha256(entity + "\u001f" + recordId + "\u001f" + String.join(",", sorted));
        String revId = MERGE_PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        if (hasRevision(revId)) {
            moveHead(entity, recordId, revId);
            return revId;
        }
        long seq = 0;
        for (int i = 0; i < 8; i++) {
            seq = (seq << 8) | (digest[16 + i] & 0xff);
        }
        Revision r = new Revision(0, revId, entity, recordId, sorted, MERGE_NODE, seq & Long.MAX_VALUE, hlc, "sync",
                data == null, data == null ? "{}" : Json.canonical(data));
        return appendAndMove(r, "merge");
    }

    private String appendAndMove(Revision r, String op) {
        try {
            Optional<Row> before = uow.currentRow(r.entity(), r.recordId());
            insertRevision(r);
            moveHead(r.entity(), r.recordId(), r.revId());
            Map<String, Object> summary = new TreeMap<>();
            summary.put("op", op);
            summary.put("parents", r.parents());
            Row after = r.deleted() ? null : Json.rowOf(r.data());
            if (before.isPresent() || after != null) {
                summary.put("change", Json.MAPPER.readTree(JdbcUnitOfWork.summary(before.orElse(null), after)));
            }
            uow.audit(r.entity(), r.recordId(), r.revId(), Json.write(summary));
            return r.revId();
        } catch (SQLException e) {
            throw StoreException.classify(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int local(String sql, Object... params) {
        java.util.regex.Matcher table = LOCAL_TABLE.matcher(sql);
        if (!table.matches()) {
            throw new IllegalArgumentException("only sync_* tables may be written here: " + sql);
        }
        try {
            PreparedStatement ps = uow.statement(sql);
            Sql.bind(ps, params);
            int changed = ps.executeUpdate();
            if (changed > 0) {
                uow.touched(table.group(3)); // so the window refreshes (首页's sync cards) after trust, import, ack
            }
            return changed;
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
    }

    @Override
    public int reoriginate(String oldNode, long afterSeq) {
        List<Revision> old = rows("SELECT " + REVISION_COLUMNS + " FROM revision WHERE origin_node = ? AND origin_seq > ? "
                + "ORDER BY origin_seq", oldNode, afterSeq).stream().map(JdbcChangeLog::toRevision).toList();
        Map<String, String> renamed = new TreeMap<>();
        try {
            for (Revision r : old) {
                String fresh = Ids.newId();
                renamed.put(r.revId(), fresh);
                List<String> parents = r.parents().stream().map(p -> renamed.getOrDefault(p, p)).toList();
                PreparedStatement del = uow.statement("DELETE FROM revision WHERE rev_id = ?");
                Sql.bind(del, r.revId());
                del.executeUpdate();
                insertRevision(new Revision(0, fresh, r.entity(), r.recordId(), parents, log.nodeId(), log.nextOriginSeq(),
                        log.clock().tick(), r.user(), r.deleted(), r.data()));
                PreparedStatement head = uow.statement("UPDATE record_head SET rev_id = ? WHERE rev_id = ?");
                Sql.bind(head, fresh, r.revId());
                head.executeUpdate();
                Map<String, Object> summary = new TreeMap<>();
                summary.put("op", "reoriginate");
                summary.put("was", r.originNode() + "#" + r.originSeq() + " " + r.revId());
                uow.audit(r.entity(), r.recordId(), fresh, Json.write(summary));
            }
            for (var e : renamed.entrySet()) {
                PreparedStatement ps = uow.statement("UPDATE revision SET parents = REPLACE(parents, ?, ?) WHERE "
                        + "parents LIKE ?");
                Sql.bind(ps, e.getKey(), e.getValue(), "%" + e.getKey() + "%");
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
        return old.size();
    }

    @Override
    public String reidentify() {
        String fresh = Ids.newId();
        try (PreparedStatement ps = uow.connection().prepareStatement(
                "UPDATE node_info SET value = ? WHERE key = 'node_id'")) {
            Sql.bind(ps, fresh);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.classify(e);
        }
        log.reidentify(fresh);
        return fresh;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
