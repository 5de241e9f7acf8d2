package cn.quanze.sync.data;

import cn.quanze.sync.SyncException;
import cn.quanze.core.db.ChangeLog;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The proposals inbox: changes from a non-owner office waiting for this (owner) office. Accepting applies the
 * fields the proposal changed onto the current record; rejecting keeps the record. Either decision is a revision
 * with the proposal as a parent, so it syncs and settles the record the same way everywhere.
 */
public final class Proposals {
    /** A pending proposal: which record, from which office, and the fields it changes (old → new). */
    public record Proposal(String revId, String entity, String recordId, String authorOffice, String user,
                           boolean delete, Map<String, List<Object>> changes, String receivedAt, String label) {
    }

    private final Store store;

    public Proposals(Store store) {
        this.store = store;
    }

    /** Pending proposals for records this office owns. */
    public List<Proposal> inbox(String ownOffice) {
        return store.read(c -> {
            List<Proposal> out = new ArrayList<>();
            for (Row p : Sql.rows(c, "SELECT p.rev_id, p.author_office, p.received_at, r.entity, r.record_id, r.parents, "
                    + "r.user_name, r.deleted, r.data FROM sync_proposal p JOIN revision r ON r.rev_id = p.rev_id "
                    + "WHERE p.status = 'pending' AND p.owner_office = ? ORDER BY p.received_at, r.hlc", ownOffice)) {
                List<String> parents = Json.readList(p.str("parents"), String.class);
                Row before = parents.isEmpty() ? null : Sql.one(c, "SELECT deleted, data FROM revision WHERE rev_id = ?",
                        parents.get(0)).filter(r -> !r.bool("deleted")).map(r -> Json.rowOf(r.str("data"))).orElse(null);
                Row after = p.bool("deleted") ? null : Json.rowOf(p.str("data"));
                out.add(new Proposal(p.str("rev_id"), p.str("entity"), p.str("record_id"), p.str("author_office"),
                        p.str("user_name"), p.bool("deleted"), diff(before, after), p.str("received_at"),
                        BundleImporter.label(before != null ? before.values() : after == null ? null : after.values(),
                                p.str("record_id"))));
            }
            return out;
        });
    }

    static Map<String, List<Object>> diff(Row before, Row after) {
        Map<String, List<Object>> out = new TreeMap<>();
        Map<String, Object> b = before == null ? Map.of() : before.values();
        Map<String, Object> a = after == null ? Map.of() : after.values();
        for (String k : new java.util.TreeSet<>(union(a, b))) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                out.put(k, java.util.Arrays.asList(b.get(k), a.get(k)));
            }
        }
        return out;
    }

    private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    public void accept(String revId) {
        decide(revId, true);
    }

    public void reject(String revId) {
        decide(revId, false);
    }

    private void decide(String revId, boolean accept) {
        store.run(accept ? "sync.proposal.accept" : "sync.proposal.reject", uow -> {
            ChangeLog log = uow.changeLog();
            Revision p = log.revision(revId).orElseThrow(() -> new SyncException("sync.proposal.gone", revId));
            if (uow.query("SELECT 1 FROM sync_proposal WHERE rev_id = ? AND status = 'pending'", revId).isEmpty()) {
                throw new SyncException("sync.proposal.gone", revId);
            }
            RevisionApplier applier = new RevisionApplier(uow, Map.of(), RevisionApplier.nowText());
            if (!uow.query("SELECT 1 FROM sync_conflict k JOIN record_head h ON h.entity = k.entity AND h.record_id = "
                    + "k.record_id AND h.rev_id = k.merge_rev WHERE k.entity = ? AND k.record_id = ?", p.entity(),
                    p.recordId()).isEmpty()) {
                // a decision writes over every version: the user settles the conflict first, knowingly
                throw new SyncException("sync.proposal.conflictFirst", p.recordId());
            }
            List<String> parents = new ArrayList<>(applier.currentHeads(p.entity(), p.recordId()));
            parents.add(revId);
            Row current = applier.currentRow(p.entity(), p.recordId());
            Row result = current;
            if (accept) {
                result = applyChanges(current, p, log);
            }
            log.appendLocal(p.entity(), p.recordId(), parents, result);
            log.local("UPDATE sync_proposal SET status = ?, decided_at = ?, decided_by = ? WHERE rev_id = ?",
                    accept ? "accepted" : "rejected", RevisionApplier.nowText(), uow.actor(), revId);
        });
    }

    /** The proposal's own changes (against its parent) laid over the current row. */
    private static Row applyChanges(Row current, Revision p, ChangeLog log) {
        if (p.deleted()) {
            return null;
        }
        Row proposed = Json.rowOf(p.data());
        Row before = p.parents().isEmpty() ? null : log.revision(p.parents().get(0)).filter(r -> !r.deleted())
                .map(r -> Json.rowOf(r.data())).orElse(null);
        if (current == null || before == null) {
            return proposed;
        }
        Row out = new Row();
        current.values().forEach(out::put);
        diff(before, proposed).forEach((field, values) -> out.put(field, values.get(1)));
        return out;
    }
}
