package cn.quanze.core.db;

/** A write the signed-in user's role does not allow; thrown before anything is written. */
public final class PermissionDeniedException extends StoreException {
    private final String entity;
    private final String recordId;

    PermissionDeniedException(Principal who, String entity, String recordId) {
        super(Kind.FORBIDDEN, who.login() + " (" + who.role() + ") -> " + entity + "/" + recordId, null);
        this.entity = entity;
        this.recordId = recordId;
    }

    public String entity() {
        return entity;
    }

    public String recordId() {
        return recordId;
    }
}
