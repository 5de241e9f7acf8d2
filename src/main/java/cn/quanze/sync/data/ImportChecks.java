package cn.quanze.sync.data;

import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.StoreException;
import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.sync.Manifest;
import cn.quanze.sync.SyncException;
import java.util.Optional;

/** The import's checks of the sender (before any entry but the manifest is read) and of database constraints. */
final class ImportChecks {
    private ImportChecks() {
    }

    static final String TRUSTED_KEY = "SELECT * FROM sync_node WHERE public_key = ? AND office_code = ? AND "
            + "trusted_at IS NOT NULL";

    /** Not our own file, from a trusted sender, signed with its key, addressed to this office. */
    static void checkSigned(String file, Manifest m, byte[] manifestBytes, byte[] signature,
                            Optional<Row> trusted, String selfNode, OfficeIdentity self) {
        Manifest.Party s = m.sender();
        String fingerprint = s.publicKey() == null ? "?" : safeFingerprint(s.publicKey());
        if (s.nodeId().equals(selfNode)) {
            throw new SyncException("sync.refused.ownFile", file);
        }
        if (trusted.isEmpty()) {
            throw new SyncException("sync.refused.untrusted", file, s.officeCode(), s.officeName(), fingerprint);
        }
        if (!NodeKeys.verify(IdentityCard.decodeKey(s.publicKey()), manifestBytes, signature)) {
            throw new SyncException("sync.refused.badSignature", file, s.officeCode(), fingerprint);
        }
        if (!m.targetOffice().equals(self.code())) {
            throw new SyncException("sync.refused.wrongTarget", file, m.targetOffice(), self.code());
        }
    }

    /**
     * A constraint of this database the record breaks (a code another record here already uses...): refused
     * naming the record and, for a unique column, the field and value; never SQLite's own text.
     */
    static RuntimeException constraint(BundleReader.Bundle b, Revision r, StoreException e) {
        if (e.kind() != StoreException.Kind.CONSTRAINT) {
            return e;
        }
        String entity = SyncLabels.entity(r.entity());
        java.util.regex.Matcher unique = java.util.regex.Pattern.compile("UNIQUE constraint failed: (\\w+)\\.(\\w+)")
                .matcher(String.valueOf(e.getMessage()));
        if (unique.find() && unique.group(1).equals(r.entity()) && !r.deleted()) {
            Object value = Json.rowOf(r.data()).values().get(unique.group(2));
            return new SyncException("sync.refused.unique", b.fileName(), entity, r.recordId(),
                    SyncLabels.fieldWithColumn(unique.group(2)), SyncLabels.value(value));
        }
        return new SyncException("sync.refused.constraint", b.fileName(), entity, r.recordId());
    }

    private static String safeFingerprint(String key) {
        try {
            return IdentityCard.fingerprint(key);
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
