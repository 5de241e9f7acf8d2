package cn.quanze.store;

import cn.quanze.domain.HybridClock;

/**
 * This node's position in the change log: its node id, the next origin sequence and its clock. The sequence is
 * only advanced for good when a transaction commits; a rollback hands the numbers out again.
 */
final class ChangeLogState {
    private final String nodeId;
    private final HybridClock clock;
    private long committedSeq;
    private long pendingSeq;

    ChangeLogState(String nodeId, HybridClock clock, long lastOriginSeq) {
        this.nodeId = nodeId;
        this.clock = clock;
        this.committedSeq = lastOriginSeq;
        this.pendingSeq = lastOriginSeq;
    }

    String nodeId() {
        return nodeId;
    }

    HybridClock clock() {
        return clock;
    }

    long nextOriginSeq() {
        return ++pendingSeq;
    }

    void commit() {
        committedSeq = pendingSeq;
    }

    void rollback() {
        pendingSeq = committedSeq;
    }

    long lastOriginSeq() {
        return committedSeq;
    }
}
