package cn.quanze.sync.data;

import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.db.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sync cards of 首页: trusted partner offices not heard from (no sync file imported from them) for
 * {@code days} days or more, current conflicts, and proposals waiting for this office.
 */
public record SyncAttention(long silentPartners, long conflicts, long proposals) {

    public static SyncAttention read(Store store, OfficeSettings settings, Instant now, int days) {
        String ownOffice = settings.get(OfficeSettings.OFFICE_CODE).orElse("");
        long proposals = ownOffice.isEmpty() ? 0 : new Proposals(store).inbox(ownOffice).size();
        return new SyncAttention(silent(new SyncNodes(store).trusted(), store.nodeId(), now, days),
                new Conflicts(store).list().size(), proposals);
    }

    /** Partner offices (by office code, as 同步 lists them) whose latest import is missing or older than {@code days} days. */
    static long silent(List<SyncNodes.Node> trusted, String selfNode, Instant now, int days) {
        Map<String, String> lastImport = new HashMap<>();
        for (SyncNodes.Node n : trusted) {
            if (n.nodeId().equals(selfNode)) {
                continue;
            }
            String at = n.lastImportAt();
            lastImport.merge(n.officeCode(), at == null ? "" : at, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        Instant limit = now.minus(Duration.ofDays(days));
        return lastImport.values().stream().filter(at -> at.isEmpty() || Instant.parse(at).isBefore(limit)).count();
    }
}
