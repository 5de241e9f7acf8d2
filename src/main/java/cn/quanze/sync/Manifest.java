package cn.quanze.sync;

import cn.quanze.sync.data.SyncNodes;
import java.util.List;
import java.util.Map;

/** manifest.json of a sync file: who sent it to whom, what the sender has, and the hash and size of every entry. */
public record Manifest(String format, String bundleId, String createdAt, Party sender, String targetOffice,
                       long senderSeq, Map<String, SyncNodes.Have> have, Map<String, Range> ranges,
                       Map<String, NodeRef> nodes, Counts counts, List<Entry> entries) {
    public static final String FORMAT = "1.0";
    public static final int MAJOR = 1;

    public record Party(String nodeId, String officeCode, String officeName, String level, String publicKey) {
    }

    /** The file holds every revision of this origin in the receiver's scope with from &lt; seq &le; to. */
    public record Range(long from, long to) {
    }

    public record NodeRef(String officeCode, String level) {
    }

    public record Counts(int revisions, int attachments) {
    }

    public record Entry(String name, String sha256, long size) {
    }

    public static int major(String format) {
        try {
            return Integer.parseInt(format.substring(0, format.indexOf('.') < 0 ? format.length() : format.indexOf('.')));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
