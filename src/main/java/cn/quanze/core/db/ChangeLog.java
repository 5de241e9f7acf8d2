package cn.quanze.core.db;

import java.util.List;
import java.util.Optional;

/**
 * The change-log operations sync needs inside a unit of work: insert a remote revision as it is (origin kept),
 * move a record's head (writing its row or removing it), append a local revision with chosen parents (a conflict
 * resolution or a proposal decision) and a deterministic merge revision. Every revision written here gets its
 * audit entry, so {@link DbCheck} stays clean. Only tables named {@code sync_*} may be written with {@link #local}.
 */
public interface ChangeLog {
    /** Origin node of synthetic merge revisions: made identically on every node, never exported. */
    String MERGE_NODE = "merge";

    String nodeId();

    boolean hasRevision(String revId);

    Optional<Revision> revision(String revId);

    /** The rev id this log holds for an origin and sequence, if any (clone detection). */
    Optional<String> revIdAt(String originNode, long originSeq);

    /** The rev ids this log holds for an origin between two sequences (inclusive), by sequence (bulk clone check). */
    java.util.Map<Long, String> revIdsAt(String originNode, long fromSeq, long toSeq);

    /** The highest origin sequence held from a node (0 when none). */
    long lastSeqOf(String originNode);

    /** Every revision of one record, oldest first. */
    List<Revision> revisionsOf(String entity, String recordId);

    Optional<String> headOf(String entity, String recordId);

    /** Inserts a remote revision unchanged, audits it and observes its clock; rows and heads are not touched. */
    void insertRemote(Revision revision);

    /** Makes {@code revId} the record's head and the current row its data (or removes the row for a tombstone). */
    void moveHead(String entity, String recordId, String revId);

    /** Appends a local revision with the given parents and data (null data = tombstone) and moves the head to it. */
    String appendLocal(String entity, String recordId, List<String> parents, Row data);

    /**
     * Appends (once) the merge of several concurrent heads: its id, sequence and clock derive from the record and
     * its parents, so every node that merges the same heads writes the same revision. Moves the head to it.
     */
    String appendMerge(String entity, String recordId, List<String> parents, long hlc, Row data);

    /** Writes a sync bookkeeping table (name starting with {@code sync_}) in this transaction. */
    int local(String sql, Object... params);

    /**
     * After {@link #reidentify}: re-issues this installation's revisions of its old node id with a sequence above
     * {@code afterSeq} under the new node id (new rev ids, same data), so a clone's own writes survive without
     * colliding with the revisions its original made under the same numbers. Returns how many were re-issued.
     */
    int reoriginate(String oldNode, long afterSeq);

    /** Gives this node a fresh node id (a cloned or restored installation); later writes use it. */
    String reidentify();
}
