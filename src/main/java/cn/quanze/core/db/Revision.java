package cn.quanze.core.db;

import java.util.List;

/**
 * One entry of the change log: the full row of a record after a write (or a tombstone), with its causal
 * parents, origin node and sequence, and hybrid logical clock stamp.
 */
public record Revision(long seq, String revId, String entity, String recordId, List<String> parents,
                       String originNode, long originSeq, long hlc, String user, boolean deleted, String data) {
}
