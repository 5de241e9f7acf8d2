package cn.quanze.sync.data;

import cn.quanze.sync.OwnershipRules;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.db.ChangeLog;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.UnitOfWork;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies revisions whose parents are present inside one unit of work: owner changes move the record's state,
 * non-owner changes are kept in the log as proposals, and the record is settled (one head, or a deterministic
 * merge of concurrent heads with its conflicts recorded).
 */
final class RevisionApplier {
    private final UnitOfWork uow;
    private final ChangeLog log;
    private final Map<String, SyncNodes.Node> directory;
    private final String now;

    /** Revisions inserted by this applier, records with a recorded conflict, proposals still pending: read once. */
    private final Set<String> insertedHere = new HashSet<>();
    private final Set<String> conflicted = new HashSet<>();
    private final Set<String> pendingProposals = new HashSet<>();

    RevisionApplier(UnitOfWork uow, Map<String, SyncNodes.Node> directory, String now) {
        this.uow = uow;
        this.log = uow.changeLog();
        this.directory = directory;
        this.now = now;
        uow.query("SELECT entity, record_id FROM sync_conflict").forEach(r -> conflicted.add(key(r.str("entity"),
                r.str("record_id"))));
        uow.query("SELECT rev_id FROM sync_proposal WHERE status = 'pending'").forEach(r -> pendingProposals.add(
                r.str("rev_id")));
    }

    private static String key(String entity, String recordId) {
        return entity + "/" + recordId;
    }

    private boolean held(String revId) {
        return insertedHere.contains(revId) || log.hasRevision(revId);
    }

    private final Map<String, List<cn.quanze.core.db.Row>> foreignKeys = new java.util.HashMap<>();

    /**
     * What the revision still waits for: its parents in the log, and the records its row refers to (a feedback's
     * supervision item...) in current data. Empty when it can be applied now.
     */
    List<String> waitingFor(Revision r) {
        List<String> missing = new java.util.ArrayList<>(r.parents().stream().filter(p -> !held(p)).toList());
        List<Row> keys = foreignKeys.computeIfAbsent(r.entity(), e -> uow.query("PRAGMA foreign_key_list(" + e + ")"));
        if (r.deleted() || !missing.isEmpty() || keys.isEmpty()) {
            return missing;
        }
        Row row = Json.rowOf(r.data());
        for (Row fk : keys) {
            String value = row.str(fk.str("from"));
            if (value != null && !(fk.str("table").equals(r.entity()) && value.equals(r.recordId()))
                    && uow.query("SELECT 1 FROM " + fk.str("table") + " WHERE " + fk.str("to") + " = ?", value).isEmpty()) {
                missing.add(fk.str("table") + "/" + value);
            }
        }
        return missing;
    }

    /** Inserts a remote revision and brings its record up to date; returns what happened to the record. */
    ImportReport.Kind apply(Revision r) {
        Optional<String> head = log.headOf(r.entity(), r.recordId());
        Optional<String> owner = ownerOfficeIfNotAuthor(r, head);
        log.insertRemote(r);
        insertedHere.add(r.revId());
        if (owner.isPresent()) {
            int inserted = log.local("INSERT OR IGNORE INTO sync_proposal (rev_id, entity, record_id, author_office, owner_office, "
                    + "status, received_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)", r.revId(), r.entity(), r.recordId(),
                    officeOf(r.originNode()), owner.get(), now);
            if (inserted > 0) {
                pendingProposals.add(r.revId());
            }
            return ImportReport.Kind.PROPOSED;
        }
        for (String p : r.parents()) {
            if (pendingProposals.remove(p)) {
                log.local("UPDATE sync_proposal SET status = 'decided', decided_at = ? WHERE rev_id = ? AND status = "
                        + "'pending'", now, p);
            }
        }
        boolean fastForward = head.map(h -> r.parents().equals(List.of(h)) && !h.startsWith("merge-"))
                .orElse(r.parents().isEmpty());
        if (fastForward) {
            log.moveHead(r.entity(), r.recordId(), r.revId());
            clearConflict(r.entity(), r.recordId());
            return head.isEmpty() ? ImportReport.Kind.ADDED : r.deleted() ? ImportReport.Kind.DELETED
                    : ImportReport.Kind.CHANGED;
        }
        return settle(r.entity(), r.recordId(), head.isEmpty());
    }

    /** Recomputes the record's state from the revisions held; writes a merge revision for concurrent heads. */
    ImportReport.Kind settle(String entity, String recordId, boolean wasAbsent) {
        RecordMerger.State s = RecordMerger.compute(log.revisionsOf(entity, recordId), excluded(entity, recordId));
        if (s.absent()) {
            return null;
        }
        Optional<String> head = log.headOf(entity, recordId);
        if (s.single()) {
            String rev = s.heads().get(0).revId();
            clearConflict(entity, recordId);
            if (head.isPresent() && head.get().equals(rev)) {
                return null;
            }
            log.moveHead(entity, recordId, rev);
            return wasAbsent ? ImportReport.Kind.ADDED : s.row() == null ? ImportReport.Kind.DELETED
                    : ImportReport.Kind.CHANGED;
        }
        List<String> parents = s.heads().stream().map(Revision::revId).toList();
        String merge = log.appendMerge(entity, recordId, parents, s.hlc(), s.row());
        if (s.conflicts().isEmpty()) {
            clearConflict(entity, recordId);
            return wasAbsent ? ImportReport.Kind.ADDED : ImportReport.Kind.CHANGED;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        s.conflicts().forEach(c -> fields.put(c.field(), c.valueByHead()));
        log.local("INSERT INTO sync_conflict (entity, record_id, merge_rev, heads, fields, winner, detected_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(entity, record_id) DO UPDATE SET merge_rev = excluded.merge_rev, "
                + "heads = excluded.heads, fields = excluded.fields, winner = excluded.winner", entity, recordId, merge,
                Json.write(parents), Json.write(fields), s.winner(), now);
        conflicted.add(key(entity, recordId));
        return ImportReport.Kind.CONFLICT;
    }

    private void clearConflict(String entity, String recordId) {
        if (!conflicted.remove(key(entity, recordId))) {
            return;
        }
        log.local("DELETE FROM sync_conflict WHERE entity = ? AND record_id = ?", entity, recordId);
    }

    /** Proposals (non-owner revisions) never count as heads, except this node's own writes. */
    private Set<String> excluded(String entity, String recordId) {
        Set<String> out = new HashSet<>();
        uow.query("SELECT rev_id FROM sync_proposal WHERE entity = ? AND record_id = ?", entity, recordId)
                .forEach(r -> out.add(r.str("rev_id")));
        return out;
    }

    /** Empty when the revision's author office owns the record; otherwise the owner office (a proposal). */
    Optional<String> ownerOfficeIfNotAuthor(Revision r, Optional<String> head) {
        OwnershipRules.Rule rule = OwnershipRules.ruleFor(r.entity());
        SyncNodes.Node author = directory.get(r.originNode());
        if (rule.owner() == OwnershipRules.Owner.DISTRICT) {
            if (author != null && author.level() == OfficeLevel.DISTRICT) {
                return Optional.empty();
            }
            return Optional.of(districtOffice());
        }
        String creator = creatorOffice(r, head);
        if (author != null && author.officeCode().equals(creator)) {
            return Optional.empty();
        }
        return Optional.of(creator);
    }

    private String creatorOffice(Revision r, Optional<String> head) {
        if (r.parents().isEmpty() && head.isEmpty()) {
            return officeOf(r.originNode());
        }
        List<Revision> held = log.revisionsOf(r.entity(), r.recordId());
        Revision root = r;
        for (Revision x : held) {
            if (!ChangeLog.MERGE_NODE.equals(x.originNode()) && rootBefore(x, root)) {
                root = x;
            }
        }
        return officeOf(root.originNode());
    }

    private static boolean rootBefore(Revision x, Revision current) {
        if (x.parents().isEmpty() != current.parents().isEmpty()) {
            return x.parents().isEmpty();
        }
        return RecordMerger.BY_CLOCK.compare(x, current) < 0;
    }

    String officeOf(String node) {
        SyncNodes.Node n = directory.get(node);
        return n == null ? "?" : n.officeCode();
    }

    private String districtOffice() {
        return directory.values().stream().filter(n -> n.level() == OfficeLevel.DISTRICT).map(SyncNodes.Node::officeCode)
                .sorted().findFirst().orElse(OfficeLevel.DISTRICT.name());
    }

    /** The record's current heads: the parents of a merge head, or the head itself. */
    List<String> currentHeads(String entity, String recordId) {
        Optional<String> head = log.headOf(entity, recordId);
        if (head.isEmpty()) {
            return List.of();
        }
        if (head.get().startsWith("merge-")) {
            return log.revision(head.get()).orElseThrow().parents();
        }
        return List.of(head.get());
    }

    /** The record's current row, or null when absent or deleted. */
    Row currentRow(String entity, String recordId) {
        return log.headOf(entity, recordId).flatMap(log::revision).filter(r -> !r.deleted())
                .map(r -> Json.rowOf(r.data())).orElse(null);
    }

    static String nowText() {
        return Instant.now().toString();
    }
}
