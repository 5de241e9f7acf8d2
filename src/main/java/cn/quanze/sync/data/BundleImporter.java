package cn.quanze.sync.data;

import cn.quanze.sync.Manifest;
import cn.quanze.sync.SyncException;
import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.ChangeLog;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import cn.quanze.core.db.StoreException;
import cn.quanze.core.db.UnitOfWork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports a sync file: {@link BundleReader} reads its directory and manifest, the sender's trust and signature and
 * the target are checked, then the entries are streamed and every record checked ({@link RecordCheck}); inside one
 * transaction clones, ownership and attachments are checked before anything is applied. A preview runs the same
 * work and rolls it back. Refusals are {@link SyncException}s; the database is then unchanged.
 */
public final class BundleImporter {
    private final Store store;
    private final Path attachmentsDir;
    private final BundleReader.Limits limits;
    private Consumer<String> faultPoint = point -> { };

    BundleImporter(Store store, Path attachmentsDir, BundleReader.Limits limits) {
        this.store = store;
        this.attachmentsDir = attachmentsDir;
        this.limits = limits;
    }

    /** Test hook: called at each step of an import; throwing there must leave the database unchanged. */
    public void faultPoint(Consumer<String> hook) {
        this.faultPoint = hook;
    }

    private static final class Rollback extends RuntimeException {
        final transient ImportReport report;

        Rollback(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /**
     * Checks and imports (or previews) a file. Before anything but the ZIP directory, the manifest and its
     * signature is read, the signature is checked against the sender's trusted key; then the entries are streamed
     * within the sizes the signed manifest declares and every record is checked field by field; only then does
     * the transaction start. Any refusal leaves the database unchanged.
     */
    public ImportReport importFile(Path file, OfficeIdentity self, boolean previewOnly) {
        BundleReader.Bundle b;
        try (BundleReader.Opened opened = BundleReader.open(file, limits)) {
            Manifest.Party sender = opened.manifest().sender();
            Optional<Row> trusted = store.read(c -> Sql.one(c, ImportChecks.TRUSTED_KEY, sender.publicKey(),
                    sender.officeCode()));
            ImportChecks.checkSigned(opened.name(), opened.manifest(), opened.manifestBytes(), opened.signature(),
                    trusted, store.nodeId(), self);
            RecordCheck check = store.read(c -> RecordCheck.of(c, store.schema()));
            b = opened.read(store.schema(), check, attachmentsDir);
        }
        try {
            faultPoint.accept("read");
            ImportReport report = new ImportReport(b.fileName());
            return store.write("sync.import", uow -> {
                apply(uow, b, self, report);
                if (previewOnly && report.status() != ImportReport.Status.ALREADY_IMPORTED) {
                    report.status(ImportReport.Status.PREVIEW);
                    throw new Rollback(report);
                }
                faultPoint.accept("commit");
                return report;
            });
        } catch (Rollback r) {
            return r.report;
        } catch (StoreException e) {
            // a deferred reference checked at commit: the transaction is rolled back, the database unchanged
            if (e.kind() == StoreException.Kind.CONSTRAINT) {
                throw new SyncException("sync.refused.constraintFile", b.fileName());
            }
            throw e;
        } finally {
            b.discard();
        }
    }

    private void apply(UnitOfWork uow, BundleReader.Bundle b, OfficeIdentity self, ImportReport report) {
        ChangeLog log = uow.changeLog();
        Manifest m = b.manifest();
        String now = RevisionApplier.nowText();
        report.sender(m.sender().officeCode(), m.sender().officeName());
        if (!uow.query("SELECT 1 FROM sync_bundle WHERE bundle_id = ? AND direction = 'in'", m.bundleId()).isEmpty()) {
            report.status(ImportReport.Status.ALREADY_IMPORTED);
            return;
        }
        checkSender(uow, b, self);
        faultPoint.accept("trusted");
        java.util.Set<String> known = checkClones(log, b, newestFileFrom(uow, m.sender().nodeId()));
        Map<String, SyncNodes.Node> directory = directory(uow);
        m.nodes().forEach((node, ref) -> {
            if (!directory.containsKey(node)) {
                OfficeLevel level = parseLevel(b, ref.level());
                SyncNodes.vouch(log, node, ref.officeCode(), level);
                directory.put(node, new SyncNodes.Node(node, ref.officeCode(), null, level, null, null, false, null, null));
            }
        });
        Map<String, Path> attachments = checkAttachments(b);
        RevisionApplier applier = new RevisionApplier(uow, directory, now);
        List<Revision> ordered = new ArrayList<>(b.revisions());
        ordered.sort(RecordMerger.BY_CLOCK);
        for (Revision r : ordered) {
            if (known.contains(r.revId())) {
                report.known();
                continue;
            }
            faultPoint.accept("revision");
            List<String> missing = applier.waitingFor(r);
            if (!missing.isEmpty()) {
                log.local("INSERT OR IGNORE INTO sync_backlog (rev_id, sender_node, line, missing, received_at) "
                        + "VALUES (?, ?, ?, ?, ?)", r.revId(), m.sender().nodeId(), RevisionLine.write(r),
                        Json.write(missing), now);
                report.add(ImportReport.Kind.BACKLOG, r.entity(), r.recordId(), applier.officeOf(r.originNode()),
                        () -> label(r));
                continue;
            }
            try {
                record(report, applier.apply(r), r, applier);
            } catch (StoreException e) {
                throw ImportChecks.constraint(b, r, e);
            }
        }
        faultPoint.accept("applied");
        try {
            Backlog.drain(uow, applier, report);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.CONSTRAINT) {
                throw new SyncException("sync.refused.constraintFile", b.fileName());
            }
            throw e;
        }
        writeAttachments(attachments);
        updateHave(log, uow, b, report);
        log.local("UPDATE sync_node SET their_have = ?, their_bundle_seq = ? WHERE node_id = ? AND their_bundle_seq < ?",
                Json.write(m.have()), m.senderSeq(), m.sender().nodeId(), m.senderSeq());
        log.local("UPDATE sync_node SET last_import_at = ? WHERE node_id = ?", now, m.sender().nodeId());
        log.local("INSERT INTO sync_bundle (bundle_id, direction, file_name, peer_node, peer_office, at, revisions, summary) "
                + "VALUES (?, 'in', ?, ?, ?, ?, ?, ?)", m.bundleId(), b.fileName(), m.sender().nodeId(),
                m.sender().officeCode(), now, b.revisions().size(), Json.write(Map.of("created", m.createdAt(),
                        "added", report.count(ImportReport.Kind.ADDED), "changed", report.count(ImportReport.Kind.CHANGED),
                        "proposed", report.count(ImportReport.Kind.PROPOSED),
                        "conflicts", report.count(ImportReport.Kind.CONFLICT))));
        faultPoint.accept("recorded");
    }

    static void record(ImportReport report, ImportReport.Kind kind, Revision r, RevisionApplier applier) {
        if (kind != null) {
            report.add(kind, r.entity(), r.recordId(), applier.officeOf(r.originNode()), () -> label(r));
        }
    }

    /** A readable name of the record for the preview: its title, name or content, else its id. */
    static String label(Revision r) {
        return label(r.deleted() ? null : Json.rowOf(r.data()).values(), r.recordId());
    }

    /** A readable name of a row: its title, name or content (shortened), else the fallback. */
    public static String label(Map<String, Object> row, String fallback) {
        if (row != null) {
            for (String col : new String[] {"title", "name", "original_name", "content", "code"}) {
                Object v = row.get(col);
                if (v != null && !v.toString().isBlank()) {
                    String s = v.toString();
                    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
                }
            }
        }
        return fallback;
    }

    private static OfficeLevel parseLevel(BundleReader.Bundle b, String level) {
        try {
            return OfficeLevel.valueOf(level);
        } catch (RuntimeException e) {
            throw new SyncException("sync.refused.badManifest", b.fileName(), "nodes");
        }
    }

    private static Map<String, SyncNodes.Node> directory(UnitOfWork uow) {
        Map<String, SyncNodes.Node> m = new HashMap<>();
        uow.query("SELECT * FROM sync_node").forEach(r -> m.put(r.str("node_id"), SyncNodes.toNode(r)));
        return m;
    }

    private static void checkSender(UnitOfWork uow, BundleReader.Bundle b, OfficeIdentity self) {
        Manifest.Party s = b.manifest().sender();
        Optional<Row> trusted = uow.query(ImportChecks.TRUSTED_KEY, s.publicKey(), s.officeCode()).stream().findFirst();
        ImportChecks.checkSigned(b.fileName(), b.manifest(), b.manifestBytes(), b.signature(), trusted, uow.changeLog().nodeId(), self);
        Row t = trusted.get();
        // the same key under a new node id: the partner took a new node id (cloned or restored installation)
        uow.changeLog().local("INSERT INTO sync_node (node_id, office_code, office_name, level, public_key, fingerprint, "
                + "trusted_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(node_id) DO UPDATE SET public_key = "
                + "excluded.public_key, fingerprint = excluded.fingerprint, trusted_at = excluded.trusted_at, "
                + "office_code = excluded.office_code, level = excluded.level", s.nodeId(), t.str("office_code"),
                t.str("office_name"), t.str("level"), t.str("public_key"), t.str("fingerprint"), t.str("trusted_at"));
    }

    /**
     * A node id whose sequences carry different revisions here and in the file is a clone (a copied data folder
     * or a restored backup that wrote again). Our own node id ahead of us in a partner's file means this
     * installation was restored or copied.
     */
    private static java.util.Set<String> checkClones(ChangeLog log, BundleReader.Bundle b, java.time.Instant lastImport) {
        String self = log.nodeId();
        java.util.Set<String> known = new java.util.HashSet<>();
        Map<String, Map<Long, String>> heldByOrigin = heldRevisions(log, b.revisions());
        for (Revision r : b.revisions()) {
            Optional<String> held = ChangeLog.MERGE_NODE.equals(r.originNode()) ? log.revIdAt(r.originNode(), r.originSeq())
                    : Optional.ofNullable(heldByOrigin.get(r.originNode()).get(r.originSeq()));
            if (held.isPresent() && !held.get().equals(r.revId())) {
                throw new SyncException("sync.refused.clone", b.fileName(), r.originNode(), r.originSeq());
            }
            if (held.isEmpty() && r.originNode().equals(self)) {
                throw new SyncException("sync.refused.selfBehind", b.fileName(), self);
            }
            held.ifPresent(known::add);
        }
        SyncNodes.Have mine = b.manifest().have().get(self);
        if (mine != null && (mine.seq() > log.lastSeqOf(self) || mine.rev() != null && !log.hasRevision(mine.rev()))) {
            throw new SyncException("sync.refused.selfBehind", b.fileName(), self);
        }
        SyncNodes.Have theirs = b.manifest().have().get(b.manifest().sender().nodeId());
        long held = log.lastSeqOf(b.manifest().sender().nodeId());
        if (theirs != null && held > theirs.seq() && !olderThan(b.manifest().createdAt(), lastImport)) {
            throw new SyncException("sync.refused.senderBehind", b.fileName(), b.manifest().sender().officeCode(),
                    b.manifest().sender().nodeId());
        }
        return known;
    }

    /** When the newest file imported here from this node was made, by the sender's clock (null when none). */
    private static java.time.Instant newestFileFrom(UnitOfWork uow, String node) {
        java.time.Instant newest = null;
        for (Row r : uow.query("SELECT summary FROM sync_bundle WHERE direction = 'in' AND peer_node = ?", node)) {
            Object created = Json.rowOf(r.str("summary")).values().get("created");
            try {
                java.time.Instant at = created == null ? null : java.time.Instant.parse(created.toString());
                if (at != null && (newest == null || at.isAfter(newest))) {
                    newest = at;
                }
            } catch (java.time.format.DateTimeParseException e) {
                // a summary written before files recorded their creation time
            }
        }
        return newest;
    }

    /**
     * A file made before the newest one already imported from its sender is simply an older file arriving late (a
     * lost file re-sent, a slow email): its sender is not behind itself, and it is applied like any other (known
     * revisions are skipped; clone detection still guards reused sequences).
     */
    private static boolean olderThan(String createdAt, java.time.Instant newest) {
        try {
            return newest != null && java.time.Instant.parse(createdAt).isBefore(newest);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** What this log holds at the file's origin sequences: one range query per origin node instead of one per line. */
    private static Map<String, Map<Long, String>> heldRevisions(ChangeLog log, List<Revision> revisions) {
        Map<String, long[]> ranges = new HashMap<>();
        for (Revision r : revisions) {
            ranges.merge(r.originNode(), new long[] {r.originSeq(), r.originSeq()},
                    (a, x) -> new long[] {Math.min(a[0], x[0]), Math.max(a[1], x[1])});
        }
        Map<String, Map<Long, String>> out = new HashMap<>();
        ranges.forEach((node, range) -> out.put(node, ChangeLog.MERGE_NODE.equals(node) ? Map.of()
                : log.revIdsAt(node, range[0], range[1])));
        return out;
    }

    private Map<String, Path> checkAttachments(BundleReader.Bundle b) {
        Map<String, Path> needed = new HashMap<>();
        for (Revision r : b.revisions()) {
            if (!"attachment".equals(r.entity()) || r.deleted()) {
                continue;
            }
            String sha = Json.rowOf(r.data()).str("sha256");
            if (sha == null) {
                continue;
            }
            Path staged = b.attachments().get(sha);
            if (staged == null && !Files.exists(attachmentsDir.resolve(sha))) {
                throw new SyncException("sync.refused.attachmentMissing", b.fileName(), sha);
            }
            if (staged != null) {
                needed.put(sha, staged);
            }
        }
        return needed;
    }

    /**
     * Content-addressed files, staged (and verified) while the file was read: moved into place before the commit;
     * a stray one after a rollback is harmless.
     */
    private void writeAttachments(Map<String, Path> files) {
        try {
            for (var e : files.entrySet()) {
                Path target = attachmentsDir.resolve(e.getKey());
                if (Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(attachmentsDir);
                Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new SyncException("sync.refused.attachmentWrite", attachmentsDir, String.valueOf(e.getMessage()));
        }
    }

    /** Advances our have vector over the sender's ranges that join what we have; tells about gaps. */
    private static void updateHave(ChangeLog log, UnitOfWork uow, BundleReader.Bundle b, ImportReport report) {
        Map<String, Long> have = new HashMap<>();
        uow.query("SELECT origin_node, seq FROM sync_have").forEach(r -> have.put(r.str("origin_node"), r.lng("seq")));
        List<Map.Entry<String, Manifest.Range>> ranges = new ArrayList<>(b.manifest().ranges().entrySet());
        ranges.sort(Comparator.comparing(Map.Entry::getKey));
        for (var e : ranges) {
            String origin = e.getKey();
            if (origin.equals(log.nodeId()) || ChangeLog.MERGE_NODE.equals(origin)) {
                continue;
            }
            long mine = have.getOrDefault(origin, 0L);
            Manifest.Range range = e.getValue();
            if (range.from() <= mine) {
                if (range.to() > mine) {
                    log.local("INSERT INTO sync_have (origin_node, seq) VALUES (?, ?) ON CONFLICT(origin_node) DO "
                            + "UPDATE SET seq = excluded.seq", origin, range.to());
                }
            } else {
                String office = b.manifest().nodes().containsKey(origin) ? b.manifest().nodes().get(origin).officeCode()
                        : "?";
                report.missing(I18n.t("sync.missingRange", b.manifest().sender().officeCode(), office, shortId(origin),
                        mine + 1, range.from()));
            }
        }
    }

    static String shortId(String node) {
        return node.length() > 8 ? node.substring(node.length() - 8) : node;
    }
}
