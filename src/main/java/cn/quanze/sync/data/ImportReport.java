package cn.quanze.sync.data;

import java.util.ArrayList;
import java.util.List;

/** What an import did (or, for a preview, would do): per record what happens, and what is still missing. */
public final class ImportReport {
    public enum Status { APPLIED, PREVIEW, ALREADY_IMPORTED }

    public enum Kind { ADDED, CHANGED, DELETED, PROPOSED, CONFLICT, BACKLOG }

    /** One record's fate. The readable label is worked out when first shown (an import may list 100,000 records). */
    public static final class Item {
        private final Kind kind;
        private final String entity;
        private final String recordId;
        private final String originOffice;
        private java.util.function.Supplier<String> labelSource;
        private String label;

        Item(Kind kind, String entity, String recordId, String originOffice, java.util.function.Supplier<String> label) {
            this.kind = kind;
            this.entity = entity;
            this.recordId = recordId;
            this.originOffice = originOffice;
            this.labelSource = label;
        }

        public Kind kind() {
            return kind;
        }

        public String entity() {
            return entity;
        }

        public String recordId() {
            return recordId;
        }

        public String originOffice() {
            return originOffice;
        }

        public synchronized String label() {
            if (labelSource != null) {
                label = labelSource.get();
                labelSource = null;
            }
            return label;
        }
    }

    private final String fileName;
    private Status status = Status.APPLIED;
    private String senderOffice = "";
    private String senderName = "";
    private int known;
    private final List<Item> items = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    ImportReport(String fileName) {
        this.fileName = fileName;
    }

    void sender(String office, String name) {
        this.senderOffice = office;
        this.senderName = name;
    }

    void status(Status s) {
        this.status = s;
    }

    void add(Kind kind, String entity, String recordId, String originOffice, java.util.function.Supplier<String> label) {
        items.add(new Item(kind, entity, recordId, originOffice, label));
    }

    void known() {
        known++;
    }

    void missing(String message) {
        missing.add(message);
    }

    public String fileName() {
        return fileName;
    }

    public Status status() {
        return status;
    }

    public String senderOffice() {
        return senderOffice;
    }

    public String senderName() {
        return senderName;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public long count(Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).count();
    }

    /** Revisions in the file this node already held. */
    public int alreadyKnown() {
        return known;
    }

    /** Localized notes on what is still missing (ranges of a partner, revisions waiting for their parents). */
    public List<String> missing() {
        return List.copyOf(missing);
    }
}
