package cn.quanze.sync.data;

import cn.quanze.sync.Manifest;
import cn.quanze.sync.OwnershipRules;
import cn.quanze.sync.SyncException;
import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.db.ChangeLog;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a sync file for a partner office: every revision in its scope it has not acknowledged (or all of them
 * for a full export), with ranges it may count as complete, our have vector, the files of attachment revisions,
 * and the manifest signed with our key. Nothing is marked as delivered: only the partner's own files acknowledge.
 */
public final class BundleWriter {
    public record Written(Path file, int revisions, int attachments, long bytes) {
    }

    private final Store store;
    private final NodeKeys keys;
    private final Path attachmentsDir;
    private final Clock clock;

    BundleWriter(Store store, NodeKeys keys, Path attachmentsDir, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.attachmentsDir = attachmentsDir;
        this.clock = clock;
    }

    /** The next readable file name for a partner, e.g. {@code JD01-to-QU-20261122-0003.qzb}. */
    String nextFileName(OfficeIdentity self, String target) {
        long n = store.read(c -> Sql.count(c, "SELECT COALESCE(MAX(value), 0) FROM sync_counter WHERE name = ?",
                "export:" + target)) + 1;
        return String.format("%s-to-%s-%s-%04d.qzb", self.code(), target,
                DateTimeFormatter.ofPattern("yyyyMMdd").format(clock.instant().atZone(clock.getZone())), n);
    }

    Written write(OfficeIdentity self, String target, boolean full, Path out, LongConsumer progress) {
        String selfNode = store.nodeId();
        List<SyncNodes.Node> partners = SyncNodes.trustedOffice(store, target, selfNode);
        if (partners.isEmpty()) {
            throw new SyncException("sync.export.unknownPartner", target);
        }
        OfficeLevel targetLevel = partners.get(0).level();
        Selection sel = store.read(c -> select(c, self, selfNode, target, targetLevel, full, progress));
        long bundleSeq = store.write("sync.export", uow -> {
            ChangeLog log = uow.changeLog();
            log.local("INSERT INTO sync_counter (name, value) VALUES ('bundle', 1) ON CONFLICT(name) DO UPDATE SET "
                    + "value = value + 1");
            log.local("INSERT INTO sync_counter (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET "
                    + "value = value + 1", "export:" + target);
            return uow.query("SELECT value FROM sync_counter WHERE name = 'bundle'").get(0).lng("value");
        });
        try {
            Written w = writeZip(self, selfNode, target, sel, bundleSeq, out);
            store.run("sync.export", uow -> {
                String now = clock.instant().toString();
                uow.changeLog().local("UPDATE sync_node SET last_export_at = ? WHERE office_code = ? AND trusted_at IS "
                        + "NOT NULL AND node_id <> ?", now, target, selfNode);
                uow.changeLog().local("INSERT INTO sync_bundle (bundle_id, direction, file_name, peer_node, peer_office, "
                        + "at, revisions, summary) VALUES (?, 'out', ?, '', ?, ?, ?, ?)", sel.bundleId,
                        out.getFileName().toString(), target, now, w.revisions(), haveText(sel.have));
            });
            return w;
        } catch (IOException e) {
            throw new SyncException("sync.export.writeFailed", out, String.valueOf(e.getMessage()));
        }
    }

    private static final class Selection {
        final String bundleId = cn.quanze.core.domain.Ids.newId();
        final List<String> lines = new ArrayList<>();
        final Map<String, SyncNodes.Have> have = new TreeMap<>();
        final Map<String, Manifest.Range> ranges = new TreeMap<>();
        final Map<String, Manifest.NodeRef> nodes = new TreeMap<>();
        final List<String> attachments = new ArrayList<>();
    }

    private Selection select(Connection c, OfficeIdentity self, String selfNode, String target, OfficeLevel targetLevel,
                             boolean full, LongConsumer progress) throws SQLException {
        Selection sel = new Selection();
        Map<String, Long> ack = full ? Map.of() : SyncNodes.acknowledged(c, target, selfNode);
        Map<String, SyncNodes.Node> directory = SyncNodes.directory(c);
        sel.have.putAll(SyncNodes.ownHave(c, selfNode));
        boolean targetIsDistrict = targetLevel == OfficeLevel.DISTRICT;
        Map<String, String> creators = targetIsDistrict ? Map.of() : creators(c, directory);
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT rev_id, entity, record_id, parents, origin_node, "
                + "origin_seq, hlc, user_name, deleted, data FROM revision WHERE origin_node <> ? ORDER BY seq")) {
            ps.setString(1, ChangeLog.MERGE_NODE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String origin = rs.getString(5);
                    long seq = rs.getLong(6);
                    if (seq <= ack.getOrDefault(origin, 0L)) {
                        continue;
                    }
                    String entity = rs.getString(2);
                    OwnershipRules.Rule rule = OwnershipRules.ruleFor(entity);
                    if (rule.scope() == OwnershipRules.Scope.NOBODY) {
                        continue;
                    }
                    if (rule.scope() == OwnershipRules.Scope.OWNER_AND_DISTRICT && !targetIsDistrict
                            && !target.equals(creators.get(entity + "\u001f" + rs.getString(3)))) {
                        continue;
                    }
                    Revision r = new Revision(0, rs.getString(1), entity, rs.getString(3),
                            Json.readList(rs.getString(4), String.class), origin, seq, rs.getLong(7), rs.getString(8),
                            rs.getBoolean(9), rs.getString(10));
                    sel.lines.add(RevisionLine.write(r));
                    addNode(sel, directory, origin);
                    if ("attachment".equals(entity) && !r.deleted()) {
                        String sha = Json.rowOf(r.data()).str("sha256");
                        if (sha != null && Files.exists(attachmentsDir.resolve(sha)) && !sel.attachments.contains(sha)) {
                            sel.attachments.add(sha);
                        }
                    }
                    if (++n % 1000 == 0) {
                        progress.accept(n);
                    }
                }
            }
        }
        for (var e : sel.have.entrySet()) {
            String origin = e.getKey();
            SyncNodes.Node node = directory.get(origin);
            boolean mayClaim = self.level() == OfficeLevel.DISTRICT || target.equals(self.code())
                    || origin.equals(selfNode) || node != null && node.officeCode().equals(self.code());
            long from = ack.getOrDefault(origin, 0L);
            if (mayClaim && e.getValue().seq() > from) {
                sel.ranges.put(origin, new Manifest.Range(from, e.getValue().seq()));
                addNode(sel, directory, origin);
            }
        }
        return sel;
    }

    /** Our have vector as sent (sequences only), to tell whether a partner has heard our latest acknowledgements. */
    static String haveText(Map<String, SyncNodes.Have> have) {
        Map<String, Long> seqs = new TreeMap<>();
        have.forEach((k, v) -> seqs.put(k, v.seq()));
        return Json.write(seqs);
    }

    private static void addNode(Selection sel, Map<String, SyncNodes.Node> directory, String origin) {
        SyncNodes.Node node = directory.get(origin);
        if (node != null) {
            sel.nodes.putIfAbsent(origin, new Manifest.NodeRef(node.officeCode(), node.level().name()));
        }
    }

    /** entity + record id → office of the node that created the record (for scope "owner and district"). */
    private static Map<String, String> creators(Connection c, Map<String, SyncNodes.Node> directory) throws SQLException {
        Map<String, String> out = new HashMap<>();
        Map<String, Long> bestHlc = new HashMap<>();
        for (Row r : Sql.rows(c, "SELECT entity, record_id, origin_node, hlc FROM revision WHERE parents = '[]' "
                + "AND origin_node <> ?", ChangeLog.MERGE_NODE)) {
            if (OwnershipRules.ruleFor(r.str("entity")).scope() != OwnershipRules.Scope.OWNER_AND_DISTRICT) {
                continue;
            }
            String key = r.str("entity") + "\u001f" + r.str("record_id");
            if (!bestHlc.containsKey(key) || r.lng("hlc") < bestHlc.get(key)) {
                bestHlc.put(key, r.lng("hlc"));
                SyncNodes.Node n = directory.get(r.str("origin_node"));
                out.put(key, n == null ? "?" : n.officeCode());
            }
        }
        return out;
    }

    private Written writeZip(OfficeIdentity self, String selfNode, String target, Selection sel, long bundleSeq, Path out)
            throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (String l : sel.lines) {
            lines.write(l.getBytes(StandardCharsets.UTF_8));
            lines.write('\n');
        }
        byte[] revisions = lines.toByteArray();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(BundleReader.REVISIONS, revisions);
        for (String sha : sel.attachments) {
            entries.put(BundleReader.ATTACHMENTS + sha, Files.readAllBytes(attachmentsDir.resolve(sha)));
        }
        List<Manifest.Entry> listed = new ArrayList<>();
        entries.forEach((name, bytes) -> listed.add(new Manifest.Entry(name, BundleReader.sha256(bytes), bytes.length)));
        Manifest m = new Manifest(Manifest.FORMAT, sel.bundleId, clock.instant().toString(),
                new Manifest.Party(selfNode, self.code(), self.name(), self.level().name(), keys.publicKey()), target,
                bundleSeq, sel.have, sel.ranges, sel.nodes, new Manifest.Counts(sel.lines.size(), sel.attachments.size()),
                listed);
        byte[] manifest = Json.write(m).getBytes(StandardCharsets.UTF_8);
        byte[] signature = Base64.getEncoder().encode(keys.sign(manifest));
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".qzb-", ".part");
        try (OutputStream fo = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(fo)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED); // JSON lines shrink ~10× even so; 3-4× faster than level 6
            put(zip, BundleReader.MANIFEST, manifest);
            put(zip, BundleReader.SIGNATURE, signature);
            for (var e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Written(out, sel.lines.size(), sel.attachments.size(), Files.size(out));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
