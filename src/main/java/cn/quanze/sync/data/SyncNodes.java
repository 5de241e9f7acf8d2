package cn.quanze.sync.data;

import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.db.ChangeLog;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The nodes this installation knows (trusted partners and nodes they vouch for) and the "have" vectors. */
public final class SyncNodes {
    /** A known node. {@code trusted} nodes have a public key the user accepted. */
    public record Node(String nodeId, String officeCode, String officeName, OfficeLevel level, String publicKey,
                       String fingerprint, boolean trusted, String lastImportAt, String lastExportAt) {
    }

    /** One entry of a have vector: every in-scope revision of the origin up to seq, the last being rev. */
    public record Have(long seq, String rev) {
    }

    private final Store store;

    public SyncNodes(Store store) {
        this.store = store;
    }

    public List<Node> all() {
        return store.read(c -> Sql.rows(c, "SELECT * FROM sync_node ORDER BY office_code, node_id")).stream()
                .map(SyncNodes::toNode).toList();
    }

    public List<Node> trusted() {
        return all().stream().filter(Node::trusted).toList();
    }

    /** The trusted nodes of an office other than this one. */
    static List<Node> trustedOffice(Store store, String officeCode, String self) {
        return store.read(c -> Sql.rows(c, "SELECT * FROM sync_node WHERE office_code = ? AND trusted_at IS NOT NULL "
                + "AND node_id <> ?", officeCode, self)).stream().map(SyncNodes::toNode).toList();
    }

    public Optional<Node> node(String nodeId) {
        return store.read(c -> Sql.one(c, "SELECT * FROM sync_node WHERE node_id = ?", nodeId)).map(SyncNodes::toNode);
    }

    static Node toNode(Row r) {
        return new Node(r.str("node_id"), r.str("office_code"), r.str("office_name"),
                OfficeLevel.valueOf(r.str("level")), r.str("public_key"), r.str("fingerprint"),
                r.str("trusted_at") != null, r.str("last_import_at"), r.str("last_export_at"));
    }

    /** Records (or refreshes) this node itself, so ownership checks know its office. */
    static void registerSelf(ChangeLog log, OfficeIdentity self, String publicKey, String now) {
        log.local("INSERT INTO sync_node (node_id, office_code, office_name, level, public_key, fingerprint, trusted_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(node_id) DO UPDATE SET office_code = excluded.office_code, "
                + "office_name = excluded.office_name, level = excluded.level, public_key = excluded.public_key, "
                + "fingerprint = excluded.fingerprint", log.nodeId(), self.code(), self.name(), self.level().name(),
                publicKey, IdentityCard.fingerprint(publicKey), now);
    }

    static void trust(ChangeLog log, IdentityCard card, String now) {
        log.local("INSERT INTO sync_node (node_id, office_code, office_name, level, public_key, fingerprint, trusted_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(node_id) DO UPDATE SET office_code = excluded.office_code, "
                + "office_name = excluded.office_name, level = excluded.level, public_key = excluded.public_key, "
                + "fingerprint = excluded.fingerprint, trusted_at = excluded.trusted_at", card.nodeId(),
                card.officeCode(), card.officeName(), card.level().name(), card.publicKey(), card.fingerprint(), now);
    }

    /** A node a trusted sender vouches for (an origin of revisions it relays); never overrides what we know. */
    static void vouch(ChangeLog log, String nodeId, String officeCode, OfficeLevel level) {
        log.local("INSERT OR IGNORE INTO sync_node (node_id, office_code, level) VALUES (?, ?, ?)", nodeId, officeCode,
                level.name());
    }

    /** node id → office code and level of every known node. */
    public static Map<String, Node> directory(Connection c) throws SQLException {
        Map<String, Node> m = new HashMap<>();
        for (Row r : Sql.rows(c, "SELECT * FROM sync_node")) {
            m.put(r.str("node_id"), toNode(r));
        }
        return m;
    }

    /** Our have vector: per origin node the covered sequence and the rev id we hold there. */
    public static Map<String, Have> ownHave(Connection c, String self) throws SQLException {
        Map<String, Have> have = new TreeMap<>();
        for (Row r : Sql.rows(c, "SELECT origin_node, seq FROM sync_have")) {
            have.put(r.str("origin_node"), new Have(r.lng("seq"), null));
        }
        long mine = Sql.count(c, "SELECT COALESCE(MAX(origin_seq), 0) FROM revision WHERE origin_node = ?", self);
        have.put(self, new Have(mine, null));
        Map<String, Have> out = new TreeMap<>();
        for (var e : have.entrySet()) {
            String rev = Sql.one(c, "SELECT rev_id FROM revision WHERE origin_node = ? AND origin_seq <= ? "
                    + "ORDER BY origin_seq DESC LIMIT 1", e.getKey(), e.getValue().seq()).map(r -> r.str("rev_id"))
                    .orElse(null);
            out.put(e.getKey(), new Have(e.getValue().seq(), rev));
        }
        return out;
    }

    /** What an office has acknowledged: per origin the smallest sequence any of its trusted nodes reported. */
    public static Map<String, Long> acknowledged(Connection c, String officeCode, String self) throws SQLException {
        Map<String, Long> ack = null;
        for (Row r : Sql.rows(c, "SELECT node_id, their_have FROM sync_node WHERE office_code = ? AND trusted_at IS NOT "
                + "NULL AND node_id <> ?", officeCode, self)) {
            Map<String, Long> one = new HashMap<>();
            if (r.str("their_have") != null) {
                Json.readObject(r.str("their_have"), Map.class).forEach((k, v) ->
                        one.put(k.toString(), ((Number) ((Map<?, ?>) v).get("seq")).longValue()));
            }
            if (ack == null) {
                ack = one;
            } else {
                Map<String, Long> merged = new HashMap<>();
                for (String k : ack.keySet()) {
                    merged.put(k, Math.min(ack.get(k), one.getOrDefault(k, 0L)));
                }
                ack = merged;
            }
        }
        return ack == null ? Map.of() : ack;
    }
}
