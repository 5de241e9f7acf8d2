package cn.quanze.core.db;

import cn.quanze.core.domain.HybridClock;

/**
 * This node's position in the change log: its node id, the next origin sequence and its clock. The sequence (and
 * a new node id) only take effect for good when a transaction commits; a rollback hands the numbers out again.
 */
final class ChangeLogState {
    private final HybridClock clock;
    private String committedNode;
    private String pendingNode;
    private long committedSeq;
    private long pendingSeq;

    ChangeLogState(String nodeId, HybridClock clock, long lastOriginSeq) {
        this.committedNode = nodeId;
        this.pendingNode = nodeId;
        this.clock = clock;
        this.committedSeq = lastOriginSeq;
        this.pendingSeq = lastOriginSeq;
    }

    String nodeId() {
        return pendingNode;
    }

    HybridClock clock() {
        return clock;
    }

    long nextOriginSeq() {
        return ++pendingSeq;
    }

    /** Switches to a fresh node id whose sequence starts again at 1 (kept only if the transaction commits). */
    void reidentify(String nodeId) {
        pendingNode = nodeId;
        pendingSeq = 0;
    }

    void commit() {
        committedSeq = pendingSeq;
        committedNode = pendingNode;
    }

    void rollback() {
        pendingSeq = committedSeq;
        pendingNode = committedNode;
    }

    long lastOriginSeq() {
        return committedSeq;
    }

    String committedNodeId() {
        return committedNode;
    }
}
