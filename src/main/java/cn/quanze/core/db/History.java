package cn.quanze.core.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The history of any one record, read from the change log: its revisions in order, each with who, when and by
 * which action, and the field-level before/after against the previous revision. Entity-agnostic: give it the
 * entity name (table) and the record id.
 */
public final class History {
    /** One revision: the full row after the write (empty for a tombstone). */
    public record Entry(String revId, long hlc, String at, String user, String action, boolean deleted,
                        Map<String, Object> data) {
    }

    /** One field changed between two consecutive revisions; {@code before} is null for a new record. */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** A revision with the fields it changed. The first revision lists every non-null field as changed. */
    public record Step(Entry revision, List<FieldChange> changes) {
    }

    private final Store store;

    public History(Store store) {
        this.store = store;
    }

    public List<Entry> revisions(String entity, String recordId) {
        return store.read(c -> Sql.rows(c, "SELECT r.rev_id, r.hlc, r.user_name, r.deleted, r.data, a.at, a.action "
                + "FROM revision r LEFT JOIN audit_log a ON a.rev_id = r.rev_id "
                + "WHERE r.entity = ? AND r.record_id = ? ORDER BY r.hlc, r.seq", entity, recordId)).stream()
                .map(r -> new Entry(r.str("rev_id"), r.lng("hlc"), r.str("at"), r.str("user_name"), r.str("action"),
                        r.bool("deleted"), new TreeMap<>(Json.rowOf(r.str("data")).values())))
                .toList();
    }

    public List<Step> steps(String entity, String recordId) {
        List<Step> out = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (Entry e : revisions(entity, recordId)) {
            out.add(new Step(e, diff(previous, e.data())));
            previous = e.data();
        }
        return out;
    }

    static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String f : fields) {
            Object a = before.get(f);
            Object b = after.get(f);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(f, a, b));
            }
        }
        return changes;
    }
}
