package cn.quanze.sync.data;

import cn.quanze.sync.SyncException;
import cn.quanze.core.db.ChangeLog;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records whose concurrent versions disagree. Each keeps a provisional winner (highest hybrid clock) and every
 * version; resolving writes a revision over all versions, which syncs like any change.
 */
public final class Conflicts {
    /** One version of a conflicted record: its revision, office, user and full row (null = deleted). */
    public record Version(String revId, String office, String user, Map<String, Object> row) {
    }

    /** A conflict: the fields that differ ("*" for edit against delete) and every version side by side. */
    public record Conflict(String entity, String recordId, List<String> fields, List<Version> versions, String winner,
                           String detectedAt) {
        /** The record's title or name as the versions show it. */
        public String label() {
            return versions.stream().filter(v -> v.row() != null).findFirst()
                    .map(v -> BundleImporter.label(v.row(), recordId)).orElse(recordId);
        }
    }

    private final Store store;

    public Conflicts(Store store) {
        this.store = store;
    }

    /** Current conflicts (a conflict stops being current once a later revision supersedes the merge). */
    public List<Conflict> list() {
        return store.read(c -> {
            List<Conflict> out = new ArrayList<>();
            Map<String, SyncNodes.Node> dir = SyncNodes.directory(c);
            for (Row k : Sql.rows(c, "SELECT k.* FROM sync_conflict k JOIN record_head h ON h.entity = k.entity AND "
                    + "h.record_id = k.record_id AND h.rev_id = k.merge_rev ORDER BY k.detected_at, k.entity, k.record_id")) {
                List<Version> versions = new ArrayList<>();
                for (String rev : Json.readList(k.str("heads"), String.class)) {
                    Row r = Sql.one(c, "SELECT origin_node, user_name, deleted, data FROM revision WHERE rev_id = ?", rev)
                            .orElseThrow();
                    SyncNodes.Node n = dir.get(r.str("origin_node"));
                    versions.add(new Version(rev, n == null ? "?" : n.officeCode(), r.str("user_name"),
                            r.bool("deleted") ? null : Json.rowOf(r.str("data")).values()));
                }
                List<String> fields = new ArrayList<>(Json.readObject(k.str("fields"), Map.class).keySet());
                out.add(new Conflict(k.str("entity"), k.str("record_id"), fields, versions, k.str("winner"),
                        k.str("detected_at")));
            }
            return out;
        });
    }

    /** Keeps one version whole (its row, or its deletion). */
    public void keep(String entity, String recordId, String revId) {
        resolve(entity, recordId, Map.of("*", revId));
    }

    /**
     * Resolves field by field: {@code choice} maps a field to the version whose value to keep; fields not named
     * keep the provisional merge. The key "*" picks the version for every field (and for deletion).
     */
    public void resolve(String entity, String recordId, Map<String, String> choice) {
        store.run("sync.conflict.resolve", uow -> {
            ChangeLog log = uow.changeLog();
            RevisionApplier applier = new RevisionApplier(uow, Map.of(), RevisionApplier.nowText());
            List<String> heads = applier.currentHeads(entity, recordId);
            if (heads.size() < 2) {
                throw new SyncException("sync.conflict.gone", entity, recordId);
            }
            Row merged = applier.currentRow(entity, recordId);
            Map<String, Revision> byId = new LinkedHashMap<>();
            heads.forEach(h -> byId.put(h, log.revision(h).orElseThrow()));
            Row result;
            if (choice.containsKey("*")) {
                Revision whole = byId.get(choice.get("*"));
                if (whole == null) {
                    throw new SyncException("sync.conflict.gone", entity, recordId);
                }
                result = whole.deleted() ? null : Json.rowOf(whole.data());
            } else {
                result = new Row();
                if (merged == null) {
                    Revision live = byId.values().stream().filter(r -> !r.deleted()).findFirst().orElseThrow();
                    merged = Json.rowOf(live.data());
                }
                merged.values().forEach(result::put);
                for (var e : choice.entrySet()) {
                    Revision from = byId.get(e.getValue());
                    if (from == null || from.deleted()) {
                        throw new SyncException("sync.conflict.gone", entity, recordId);
                    }
                    result.put(e.getKey(), Json.rowOf(from.data()).values().get(e.getKey()));
                }
            }
            log.appendLocal(entity, recordId, heads, result);
            log.local("DELETE FROM sync_conflict WHERE entity = ? AND record_id = ?", entity, recordId);
        });
    }
}
