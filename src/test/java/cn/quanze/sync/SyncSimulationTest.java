package cn.quanze.sync;

import cn.quanze.sync.data.Conflicts;
import cn.quanze.sync.data.Proposals;
import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded randomized simulation: a district and three sub-districts with two desktops each make creates, edits,
 * deletes, feedback and attached files within the ownership rules (plus non-owner edits that must become proposals), and exchange
 * files over a hostile transport (dropped, duplicated, reordered, stale, truncated and bit-flipped files, one
 * desktop restored from an old backup). After final rounds every node holds the same data, every revision ever
 * made (and not lost with the restored disk) is everywhere, conflicts are only where edits were concurrent, no
 * rejected proposal reached current data, every attachment's file is present and intact, and every database passes
 * its check.
 */
class SyncSimulationTest {
    static final int STEPS = 100;

    @TempDir
    Path diskTmp;
    Path tmp;

    static List<Long> seeds() {
        int n = Integer.getInteger("sync.sim.seeds", 12);
        List<Long> out = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            out.add(i * 7919);
        }
        return out;
    }

    private Random rnd;
    private final List<SyncNode> nodes = new ArrayList<>();
    private final List<Path> inFlight = new ArrayList<>();
    private final List<Path> sent = new ArrayList<>();
    /** rev id → who made it (node index) and the revisions of the same record that node held then. */
    private final Map<String, Set<String>> knownAtWrite = new HashMap<>();
    private final Set<String> revisionsMade = new HashSet<>();
    private final Set<String> lost = new HashSet<>();
    private final Map<String, String> proposalMarkers = new HashMap<>();
    private final List<byte[]> contents = new ArrayList<>();
    private int counter;
    private int refusals;
    private static int conflictsSeen;
    private static int attachmentsSeen;

    @ParameterizedTest
    @MethodSource("seeds")
    void offlineOfficesConvergeOverAHostileTransport(long seed) throws IOException {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        rnd = new Random(seed);
        // SQLite syncs every commit to disk (synchronous=FULL); on a RAM disk the simulation runs ~5× faster
        Path shm = Path.of("/dev/shm");
        tmp = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "quanze-sim-") : diskTmp;
        String[][] offices = {{"QU", "DISTRICT"}, {"JD01", "SUBDISTRICT"}, {"JD02", "SUBDISTRICT"}, {"ZH03", "SUBDISTRICT"}};
        for (String[] o : offices) {
            for (int d = 1; d <= 2; d++) {
                nodes.add(new SyncNode(tmp, o[0] + "-" + d, o[0], OfficeLevel.valueOf(o[1])));
            }
        }
        try {
            for (SyncNode a : nodes) {
                for (SyncNode b : nodes) {
                    if (a != b) {
                        a.trust(b);
                    }
                }
            }
            Path backup = null;
            SyncNode backedUp = null;
            for (int step = 0; step < STEPS; step++) {
                if (rnd.nextInt(10) < 6) {
                    operate(nodes.get(rnd.nextInt(nodes.size())));
                } else {
                    exchange(true);
                }
                if (step == STEPS / 3) {
                    backedUp = nodes.get(2 + rnd.nextInt(nodes.size() - 2));
                    backup = backup(backedUp);
                }
                if (step == 2 * STEPS / 3) {
                    restore(backedUp, backup);
                }
            }
            settle();
            verify();
        } finally {
            nodes.forEach(SyncNode::close);
            if (!tmp.equals(diskTmp)) {
                try (var walk = Files.walk(tmp)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void concurrencyWasExercised() {
        // the seeds are chosen so that concurrent edits to the same field happen: the conflict path is exercised
        assertThat(conflictsSeen).isPositive();
        assertThat(attachmentsSeen).as("attachments travelled").isPositive();
    }

    // --- operations within (and deliberately outside) ownership ---

    private void operate(SyncNode n) {
        boolean district = n.office.equals("QU");
        int kind = rnd.nextInt(10);
        List<Department> depts = rows(n, SyncNode.DEPT);
        List<SupervisionItem> items = rows(n, SyncNode.ITEM);
        List<Feedback> feedback = rows(n, SyncNode.FEEDBACK);
        String tag = n.office + "-" + (++counter);
        if (district && (kind < 2 || depts.isEmpty())) {
            String id = "dept-" + tag;
            write(n, "department", id, () -> n.put(SyncNode.DEPT, SyncNode.department(id, "C" + tag, "部门" + tag)));
        } else if (district && kind < 4) {
            Department d = pick(depts);
            write(n, "department", d.id(), () -> n.put(SyncNode.DEPT, new Department(d.id(), d.code(),
                    rnd.nextBoolean() ? "部门" + tag : d.name(), rnd.nextBoolean() ? "简称" + tag : d.shortName(),
                    d.kind(), d.demo())));
        } else if (district && kind == 4 && depts.size() > 2) {
            Department d = pick(depts);
            write(n, "department", d.id(), () -> n.delete(SyncNode.DEPT, d.id()));
        } else if (!district && kind < 2 && !depts.isEmpty()) {
            // a sub-district edits the district's catalogue: must arrive as a proposal
            Department d = pick(depts);
            String marker = "提议" + tag;
            String rev = write(n, "department", d.id(), () -> n.put(SyncNode.DEPT, new Department(d.id(), d.code(),
                    d.name(), marker, d.kind(), d.demo())));
            if (rev != null) {
                proposalMarkers.put(rev, marker);
            }
        } else if (kind < 4 && items.size() < 6 || items.isEmpty()) {
            String id = "item-" + tag;
            write(n, "supervision_item", id, () -> n.put(SyncNode.ITEM, SyncNode.item(id, "督办" + tag)));
        } else if (kind < 7) {
            SupervisionItem s = pick(items.subList(0, Math.min(4, items.size())));
            if (!ownedHere(n, "supervision_item", s.id())) {
                return;
            }
            write(n, "supervision_item", s.id(), () -> n.put(SyncNode.ITEM, SyncExchangeTest.withTitleAndProgress(s,
                    rnd.nextBoolean() ? "督办" + tag : s.title(), rnd.nextBoolean() ? rnd.nextInt(100) : s.progress())));
        } else if (kind < 8 || feedback.isEmpty()) {
            SupervisionItem s = pick(items);
            String id = "fb-" + tag;
            write(n, "feedback", id, () -> n.put(SyncNode.FEEDBACK, SyncNode.feedback(id, s.id(), "反馈" + tag)));
        } else {
            Feedback f = pick(feedback.subList(0, Math.min(3, feedback.size())));
            if (rnd.nextInt(3) == 0) {
                // anyone may attach a file (a photo of the site) to a feedback it holds; the file travels by hash
                String id = "att-" + tag;
                write(n, "attachment", id, () -> n.attach(id, f, content()));
                return;
            }
            if (!ownedHere(n, "feedback", f.id())) {
                return;
            }
            if (rnd.nextBoolean()) {
                write(n, "feedback", f.id(), () -> n.delete(SyncNode.FEEDBACK, f.id()));
            } else {
                write(n, "feedback", f.id(), () -> n.put(SyncNode.FEEDBACK, new Feedback(f.id(), f.itemId(), f.date(),
                        "反馈" + tag, rnd.nextInt(100), f.problems(), f.nextSteps(), f.demo())));
            }
        }
    }

    /** Random bytes (1-48 KB, incompressible like a photo); now and then the same file attached again elsewhere. */
    private byte[] content() {
        if (!contents.isEmpty() && rnd.nextInt(5) == 0) {
            return pick(contents);
        }
        byte[] b = new byte[1024 + rnd.nextInt(48 * 1024)];
        rnd.nextBytes(b);
        contents.add(b);
        return b;
    }

    /** Runs a write and records the new revision with what the node knew of the record at that moment. */
    private String write(SyncNode n, String entity, String id, Runnable op) {
        Set<String> known = revisionsOf(n, entity, id);
        long before = n.wb.store().lastOriginSeq();
        op.run();
        if (n.wb.store().lastOriginSeq() == before) {
            return null;
        }
        String rev = n.wb.store().read(c -> Sql.one(c, "SELECT rev_id FROM revision WHERE origin_node = ? AND "
                + "origin_seq = ?", n.wb.store().nodeId(), n.wb.store().lastOriginSeq())).orElseThrow().str("rev_id");
        revisionsMade.add(rev);
        knownAtWrite.put(rev, known);
        return rev;
    }

    private static Set<String> revisionsOf(SyncNode n, String entity, String id) {
        Set<String> out = new HashSet<>();
        n.wb.store().read(c -> Sql.rows(c, "SELECT rev_id FROM revision WHERE entity = ? AND record_id = ?", entity, id))
                .forEach(r -> out.add(r.str("rev_id")));
        return out;
    }

    private static boolean ownedHere(SyncNode n, String entity, String id) {
        return n.wb.store().read(c -> Sql.one(c, "SELECT s.office_code FROM revision r JOIN sync_node s ON "
                + "s.node_id = r.origin_node WHERE r.entity = ? AND r.record_id = ? AND r.parents = '[]' ORDER BY r.hlc "
                + "LIMIT 1", entity, id)).map(r -> n.office.equals(r.str("office_code"))).orElse(false);
    }

    private <T> List<T> rows(SyncNode n, cn.quanze.core.db.EntityType<T> type) {
        return n.wb.store().read(c -> Sql.rows(c, "SELECT * FROM " + type.name() + " ORDER BY id")).stream()
                .map(type::fromRow).toList();
    }

    private <T> T pick(List<T> xs) {
        return xs.get(rnd.nextInt(xs.size()));
    }

    // --- the hostile transport ---

    private void exchange(boolean hostile) throws IOException {
        SyncNode from = nodes.get(rnd.nextInt(nodes.size()));
        List<String> partners = from.office.equals("QU") ? List.of("QU", "JD01", "JD02", "ZH03")
                : List.of("QU", from.office);
        String office = partners.get(rnd.nextInt(partners.size()));
        List<SyncNode> targets = nodes.stream().filter(n -> n.office.equals(office) && n != from).toList();
        SyncNode to = targets.get(rnd.nextInt(targets.size()));
        Path file = from.exportTo(to);
        sent.add(file);
        int fate = hostile ? rnd.nextInt(20) : 19;
        if (fate < 3) {
            return; // dropped
        }
        if (fate < 7) {
            inFlight.add(file); // delayed: arrives later, out of order
        } else if (fate == 7) {
            deliver(to, damaged(file, true), true);
        } else if (fate == 8) {
            deliver(to, damaged(file, false), true);
        } else if (fate == 9 && !sent.isEmpty()) {
            deliver(to, sent.get(rnd.nextInt(sent.size())), true); // stale or foreign: an old file again
        } else {
            deliver(to, file);
            if (fate == 10) {
                deliver(to, file); // duplicated
            }
        }
        if (!inFlight.isEmpty() && rnd.nextInt(3) == 0) {
            Path late = inFlight.remove(rnd.nextInt(inFlight.size()));
            deliverToAnyAddressee(late);
        }
    }

    private void deliverToAnyAddressee(Path file) {
        String name = file.getFileName().toString();
        String target = name.substring(name.indexOf("-to-") + 4, name.indexOf('-', name.indexOf("-to-") + 4));
        List<SyncNode> targets = nodes.stream().filter(n -> n.office.equals(target)).toList();
        deliver(targets.get(rnd.nextInt(targets.size())), file);
    }

    private void deliver(SyncNode to, Path file) {
        deliver(to, file, false);
    }

    /** Imports; a refusal must name the file and (when {@code compare}) leave the whole database unchanged. */
    private void deliver(SyncNode to, Path file, boolean compare) {
        String before = compare ? to.fullDump() : null;
        try {
            to.importFile(file);
        } catch (SyncException e) {
            refusals++;
            assertThat(e.reason()).contains(file.getFileName().toString());
            if (compare) {
                assertThat(to.fullDump()).as("refused %s left %s unchanged", file, to.dir).isEqualTo(before);
            }
        }
    }

    private Path damaged(Path file, boolean truncate) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (truncate) {
            b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
        } else {
            b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
        }
        Path out = file.resolveSibling("damaged-" + (++counter) + "-" + file.getFileName());
        Files.write(out, b);
        return out;
    }

    // --- a desktop restored from an old backup ---

    private Path backup(SyncNode n) {
        Path copy = tmp.resolve("backup-" + n.dir.getFileName() + ".db");
        n.wb.store().read(c -> {
            try (var st = c.createStatement()) {
                st.execute("VACUUM INTO '" + copy.toAbsolutePath() + "'");
            }
            return null;
        });
        return copy;
    }

    private void restore(SyncNode n, Path backup) throws IOException {
        String node = n.wb.store().nodeId();
        Set<String> elsewhere = new HashSet<>();
        for (SyncNode o : nodes) {
            if (o != n) {
                o.wb.store().read(c -> Sql.rows(c, "SELECT rev_id FROM revision WHERE origin_node = ?", node))
                        .forEach(r -> elsewhere.add(r.str("rev_id")));
            }
        }
        // what never left the lost disk is lost; files it had sent but not yet delivered are lost with it
        n.wb.store().read(c -> Sql.rows(c, "SELECT rev_id FROM revision WHERE origin_node = ?", node)).stream()
                .map(r -> r.str("rev_id")).filter(r -> !elsewhere.contains(r)).forEach(lost::add);
        String prefix = n.office + "-to-";
        inFlight.removeIf(p -> p.getFileName().toString().startsWith(prefix) && p.startsWith(n.dir));
        sent.removeIf(p -> p.startsWith(n.dir));
        n.close();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(n.dir.resolve("quanze.db" + suffix));
        }
        Files.copy(backup, n.dir.resolve("quanze.db"));
        n.open();
        // the documented procedure after restoring a backup: take a new node id before writing again
        n.sync().newNodeId();
    }

    // --- final rounds and the checks ---

    private void settle() throws IOException {
        for (Path late : inFlight) {
            deliverToAnyAddressee(late);
        }
        inFlight.clear();
        rounds(2);
        for (SyncNode n : nodes) {
            if (n.office.equals("QU")) {
                for (Proposals.Proposal p : n.sync().proposals().inbox("QU")) {
                    boolean accept = rnd.nextBoolean();
                    decide(n, p.revId(), accept);
                    if (accept) {
                        proposalMarkers.remove(p.revId());
                    }
                }
            }
        }
        rounds(2);
    }

    /**
     * Accepts or rejects a proposal as the district's user does: a record in conflict is refused with "settle the
     * conflict first", so the user keeps the provisional winner and decides again.
     */
    private static void decide(SyncNode n, String revId, boolean accept) {
        try {
            if (accept) {
                n.sync().proposals().accept(revId);
            } else {
                n.sync().proposals().reject(revId);
            }
        } catch (SyncException e) {
            assertThat(e.key()).isEqualTo("sync.proposal.conflictFirst");
            Conflicts.Conflict c = n.sync().conflicts().list().stream()
                    .filter(x -> e.reason().contains(x.recordId())).findFirst().orElseThrow();
            n.sync().conflicts().keep(c.entity(), c.recordId(), c.winner());
            decide(n, revId, accept);
        }
    }

    /** Everyone sends to everyone it syncs with, reliably, in a ring of district ↔ offices. */
    private void rounds(int count) {
        for (int i = 0; i < count; i++) {
            for (SyncNode from : nodes) {
                for (SyncNode to : nodes) {
                    boolean partners = from != to && (from.office.equals(to.office) || from.office.equals("QU")
                            || to.office.equals("QU"));
                    if (partners) {
                        deliver(to, from.exportTo(to));
                    }
                }
            }
        }
    }

    private void verify() {
        String reference = nodes.get(0).dump();
        for (SyncNode n : nodes) {
            assertThat(n.dump()).as("data of %s", n.dir.getFileName()).isEqualTo(reference);
            assertThat(n.check()).as("db check of %s", n.dir.getFileName()).isEmpty();
            Set<String> held = new HashSet<>();
            n.wb.store().read(c -> Sql.rows(c, "SELECT rev_id FROM revision")).forEach(r -> held.add(r.str("rev_id")));
            Set<String> missing = new HashSet<>(revisionsMade);
            missing.removeAll(held);
            missing.removeAll(lost);
            assertThat(missing).as("revisions missing at %s", n.dir.getFileName()).isEmpty();
            assertThat(n.sync().backlog()).isEmpty();
            assertThat(n.brokenAttachments()).as("attachment files at %s", n.dir.getFileName()).isEmpty();
        }
        // conflicts only where edits were concurrent (neither writer knew the other's revision)
        Map<String, List<String>> conflicts = new LinkedHashMap<>();
        for (SyncNode n : nodes) {
            for (Conflicts.Conflict c : n.sync().conflicts().list()) {
                List<String> heads = c.versions().stream().map(Conflicts.Version::revId).toList();
                conflicts.put(c.entity() + "/" + c.recordId(), heads);
                for (int i = 0; i < heads.size(); i++) {
                    for (int j = i + 1; j < heads.size(); j++) {
                        String a = heads.get(i);
                        String b = heads.get(j);
                        assertThat(knownAtWrite.getOrDefault(a, Set.of())).doesNotContain(b);
                        assertThat(knownAtWrite.getOrDefault(b, Set.of())).doesNotContain(a);
                    }
                }
            }
        }
        List<String> reference2 = nodes.get(0).sync().conflicts().list().stream().map(c -> c.entity() + c.recordId())
                .sorted().toList();
        for (SyncNode n : nodes) {
            assertThat(n.sync().conflicts().list().stream().map(c -> c.entity() + c.recordId()).sorted().toList())
                    .isEqualTo(reference2);
        }
        // rejected proposals never reached current data
        for (String marker : proposalMarkers.values()) {
            assertThat(reference).doesNotContain("\"" + marker + "\"");
        }
        assertThat(revisionsMade).isNotEmpty();
        int attachments = nodes.get(0).wb.store().read(c -> Sql.rows(c, "SELECT id FROM attachment")).size();
        attachmentsSeen += attachments;
        conflictsSeen += conflicts.size();
        System.out.printf("sync simulation: %d revisions, %d lost with the restored disk, %d refused files, %d conflicts, "
                + "%d attachments%n", revisionsMade.size(), lost.size(), refusals, conflicts.size(), attachments);
    }

}
