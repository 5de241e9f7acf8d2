package cn.quanze.sync.data;

import cn.quanze.sync.OwnershipRules;
import cn.quanze.sync.SyncException;
import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.core.db.ChangeLog;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Sync by file for one installation: identity and trust, export, import with preview, backlog, folder. */
public final class SyncService {
    /** A partner office: its trusted nodes, last exchanges and how many revisions wait for it. */
    public record Partner(String officeCode, String officeName, String level, List<String> fingerprints,
                          String lastExport, String lastImport, long pending) {
    }

    private final Store store;
    private final OfficeSettings settings;
    private final Clock clock;
    private final NodeKeys keys;
    private final Path attachmentsDir;
    private final Proposals proposals;
    private final Conflicts conflicts;
    private final SyncFolder folder;
    private BundleReader.Limits limits = BundleReader.Limits.DEFAULT;
    private java.util.function.Consumer<String> faultPoint = point -> { };

    public SyncService(Store store, OfficeSettings settings, Path dataDir, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.keys = new NodeKeys(store, clock);
        this.attachmentsDir = dataDir.resolve("attachments");
        this.proposals = new Proposals(store);
        this.conflicts = new Conflicts(store);
        this.folder = new SyncFolder(store, settings, this);
    }

    public SyncFolder folder() {
        return folder;
    }

    public Proposals proposals() {
        return proposals;
    }

    public Conflicts conflicts() {
        return conflicts;
    }

    /** The office identity; sync needs one (set at init). Also makes the key pair and registers this node. */
    public OfficeIdentity self() {
        OfficeIdentity self = settings.identity().orElseThrow(() -> new SyncException("sync.noIdentity"));
        keys.ensure();
        String key = keys.publicKey();
        boolean known = store.read(c -> Sql.count(c, "SELECT COUNT(*) FROM sync_node WHERE node_id = ? AND "
                + "office_code = ? AND public_key = ?", self.nodeId(), self.code(), key)) > 0;
        if (!known) {
            store.run("sync.identity", uow -> SyncNodes.registerSelf(uow.changeLog(), self, key,
                    clock.instant().toString()));
        }
        return self;
    }

    public IdentityCard card() {
        OfficeIdentity self = self();
        return new IdentityCard(self.code(), self.name(), self.level(), self.nodeId(), keys.publicKey());
    }

    public void writeCard(Path out) {
        try {
            Files.write(out, card().toBytes());
        } catch (IOException e) {
            throw new SyncException("sync.card.writeFailed", out, String.valueOf(e.getMessage()));
        }
    }

    /** Reads a card file for the user to compare its fingerprint before {@link #trust}. */
    public IdentityCard readCard(Path file) {
        try {
            return IdentityCard.parse(Files.readAllBytes(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new SyncException("sync.card.invalid", file.getFileName());
        }
    }

    public void trust(IdentityCard card) {
        OfficeIdentity self = self();
        if (card.nodeId().equals(self.nodeId())) {
            throw new SyncException("sync.card.own");
        }
        store.run("sync.trust", uow -> SyncNodes.trust(uow.changeLog(), card, clock.instant().toString()));
    }

    public List<Partner> partners() {
        OfficeIdentity self = self();
        List<SyncNodes.Node> nodes = new SyncNodes(store).trusted().stream()
                .filter(n -> !n.nodeId().equals(self.nodeId())).toList();
        Map<String, List<SyncNodes.Node>> byOffice = new java.util.TreeMap<>();
        nodes.forEach(n -> byOffice.computeIfAbsent(n.officeCode(), k -> new ArrayList<>()).add(n));
        List<Partner> out = new ArrayList<>();
        byOffice.forEach((office, list) -> {
            String lastExport = list.stream().map(SyncNodes.Node::lastExportAt).filter(java.util.Objects::nonNull)
                    .max(String::compareTo).orElse(null);
            String lastImport = list.stream().map(SyncNodes.Node::lastImportAt).filter(java.util.Objects::nonNull)
                    .max(String::compareTo).orElse(null);
            out.add(new Partner(office, list.get(0).officeName(), list.get(0).level().name(),
                    list.stream().map(SyncNodes.Node::fingerprint).distinct().toList(), lastExport, lastImport,
                    pending(office, self.nodeId())));
        });
        return out;
    }

    /** Revisions of synced types not yet acknowledged by an office (before the scope filter of the export). */
    private long pending(String office, String selfNode) {
        return store.read(c -> {
            Map<String, Long> ack = SyncNodes.acknowledged(c, office, selfNode);
            long n = 0;
            for (var o : Sql.rows(c, "SELECT DISTINCT origin_node FROM revision WHERE origin_node <> ?",
                    ChangeLog.MERGE_NODE)) {
                for (var r : Sql.rows(c, "SELECT entity, COUNT(*) AS n FROM revision WHERE origin_node = ? AND "
                        + "origin_seq > ? GROUP BY entity", o.str("origin_node"),
                        ack.getOrDefault(o.str("origin_node"), 0L))) {
                    if (OwnershipRules.synced(r.str("entity"))) {
                        n += r.lng("n");
                    }
                }
            }
            return n;
        });
    }

    /** True when our have vector changed since the last file we wrote for the office (it owes us no new ack). */
    boolean haveChangedSinceLastExport(String office) {
        return store.read(c -> {
            String now = BundleWriter.haveText(SyncNodes.ownHave(c, store.nodeId()));
            String last = Sql.one(c, "SELECT summary FROM sync_bundle WHERE direction = 'out' AND peer_office = ? "
                    + "ORDER BY at DESC, rowid DESC LIMIT 1", office).map(r -> r.str("summary")).orElse(null);
            return !now.equals(last);
        });
    }

    /** When a sync file was last exported or imported here (an ISO instant), if ever. */
    public java.util.Optional<String> lastExchange() {
        return store.read(c -> Sql.one(c, "SELECT MAX(at) AS at FROM sync_bundle")).map(r -> r.str("at"));
    }

    public String nextFileName(String targetOffice) {
        return new BundleWriter(store, keys, attachmentsDir, clock).nextFileName(self(), targetOffice);
    }

    public BundleWriter.Written export(String targetOffice, boolean full, Path out, LongConsumer progress) {
        return new BundleWriter(store, keys, attachmentsDir, clock).write(self(), targetOffice, full, out, progress);
    }

    /** Checks and previews (nothing is written) or imports a sync file. */
    public ImportReport importFile(Path file, boolean previewOnly) {
        return importer().importFile(file, self(), previewOnly);
    }

    public NodeKeys keys() {
        return keys;
    }

    public BundleImporter importer() {
        BundleImporter importer = new BundleImporter(store, attachmentsDir, limits);
        importer.faultPoint(faultPoint);
        return importer;
    }

    /** Test hook: handed to every importer this service makes (see {@link BundleImporter#faultPoint}). */
    public void faultPoint(java.util.function.Consumer<String> hook) {
        this.faultPoint = hook;
    }

    void limits(BundleReader.Limits limits) {
        this.limits = limits;
    }

    public List<Backlog.Waiting> backlog() {
        return store.read(c -> Backlog.list(Sql.rows(c, "SELECT b.line, b.missing, n.office_code FROM sync_backlog b "
                + "LEFT JOIN sync_node n ON n.node_id = b.sender_node ORDER BY b.received_at"), store.schema()));
    }

    /** Gives this installation a new node id (after a copy of the data folder or a restore from backup). */
    public String newNodeId() {
        OfficeIdentity self = self();
        String old = store.nodeId();
        String fresh = store.write("sync.newNodeId", uow -> {
            ChangeLog log = uow.changeLog();
            long confirmed = confirmedByPartners(uow, log, old);
            String id = log.reidentify();
            log.reoriginate(old, confirmed);
            // partners send back what they hold of the old id beyond the confirmed point
            log.local("INSERT INTO sync_have (origin_node, seq) VALUES (?, ?) ON CONFLICT(origin_node) DO UPDATE SET "
                    + "seq = excluded.seq", old, confirmed);
            return id;
        });
        store.run("sync.identity", uow -> SyncNodes.registerSelf(uow.changeLog(),
                new OfficeIdentity(self.code(), self.name(), self.level(), fresh), keys.publicKey(),
                clock.instant().toString()));
        return fresh;
    }

    /**
     * The highest sequence of our (old) node id that a partner reported holding with the very revision we hold
     * there: revisions up to it are shared history; later ones may have diverged (copy or restored backup).
     */
    private static long confirmedByPartners(cn.quanze.core.db.UnitOfWork uow, ChangeLog log, String node) {
        long best = 0;
        for (var row : uow.query("SELECT their_have FROM sync_node WHERE their_have IS NOT NULL")) {
            Object entry = cn.quanze.core.db.Json.readObject(row.str("their_have"), Map.class).get(node);
            if (entry instanceof Map<?, ?> m && m.get("seq") instanceof Number seq && m.get("rev") instanceof String rev
                    && log.revIdAt(node, seq.longValue()).map(rev::equals).orElse(false)) {
                best = Math.max(best, seq.longValue());
            }
        }
        return best;
    }

    public Path attachmentsDir() {
        return attachmentsDir;
    }
}
