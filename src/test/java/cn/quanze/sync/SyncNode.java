package cn.quanze.sync;

import cn.quanze.sync.data.ImportReport;
import cn.quanze.sync.data.SyncService;
import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.db.CoreRecords;
import cn.quanze.core.db.DbCheck;
import cn.quanze.wiring.ProductSchema;
import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.supervision.data.SupervisionRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import cn.quanze.core.domain.Attachment;
import cn.quanze.core.db.AttachmentFiles;
import java.util.TreeMap;

/** One installation in sync tests: a workbench on its own data directory with an office identity. */
final class SyncNode implements AutoCloseable {
    final String office;
    final Path dir;
    Workbench wb;

    private final java.time.Clock clock;

    SyncNode(Path root, String name, String office, OfficeLevel level) {
        this(root, name, office, level, cn.quanze.TestWorkbench.CLOCK);
    }

    /** A node with its own clock (e.g. one that moves, to tell older files from newer ones). */
    SyncNode(Path root, String name, String office, OfficeLevel level, java.time.Clock clock) {
        this.office = office;
        this.dir = root.resolve(name);
        this.clock = clock;
        open();
        wb.store().run("office.init", uow -> wb.settings().saveIdentity(uow, office, office + "办", level));
        wb.sync().self();
    }

    void open() {
        wb = cn.quanze.wiring.Workbench.open(dir, () -> "tester", clock);
    }

    @Override
    public void close() {
        wb.close();
    }

    SyncService sync() {
        return wb.sync();
    }

    void trust(SyncNode other) {
        Path card = dir.resolve("card-" + other.wb.store().nodeId() + ".card");
        other.sync().writeCard(card);
        sync().trust(sync().readCard(card));
    }

    Path export(SyncNode to, Path out) {
        sync().export(to.office, false, out, n -> { });
        return out;
    }

    Path exportTo(SyncNode to) {
        Path out = dir.resolve(sync().nextFileName(to.office));
        return export(to, out);
    }

    ImportReport importFile(Path file) {
        return sync().importFile(file, false);
    }

    // --- records ---

    static Department department(String id, String code, String name) {
        return new Department(id, code, name, null, UnitKind.DEPARTMENT, false);
    }

    static SupervisionItem item(String id, String title) {
        return new SupervisionItem(id, 2026, 1, SupervisionSource.LEADER_INSTRUCTION, null, null, title, null,
                Importance.NORMAL, null, List.of(), null, null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31),
                null, List.of(), FeedbackCycle.MONTHLY, null, SupervisionState.IN_PROGRESS, null, null, null, 0, false);
    }

    static Feedback feedback(String id, String itemId, String content) {
        return new Feedback(id, itemId, LocalDate.of(2026, 11, 20), content, 10, null, null, false);
    }

    <T> void put(EntityType<T> type, T record) {
        wb.store().run("test.put", uow -> uow.put(type, record));
    }

    void delete(EntityType<?> type, String id) {
        wb.store().run("test.delete", uow -> uow.delete(type, id));
    }

    <T> T get(EntityType<T> type, String id) {
        return wb.store().read(c -> Sql.one(c, "SELECT * FROM " + type.name() + " WHERE id = ?", id))
                .map(type::fromRow).orElse(null);
    }

    /** Canonical dump of every synced table (sorted rows as canonical JSON). */
    String dump() {
        return wb.store().read(c -> {
            StringBuilder sb = new StringBuilder();
            for (EntityType<?> t : ProductSchema.create().entities()) {
                if (t == CoreRecords.SETTING) {
                    continue;
                }
                sb.append("## ").append(t.name()).append('\n');
                for (Row r : Sql.rows(c, "SELECT " + String.join(", ", t.columns()) + " FROM " + t.name() + " ORDER BY id")) {
                    sb.append(Json.canonical(r)).append('\n');
                }
            }
            return sb.toString();
        });
    }

    /** Everything in the database, sync bookkeeping and logs included (for "nothing changed" checks). */
    String fullDump() {
        return wb.store().read(c -> {
            StringBuilder sb = new StringBuilder();
            for (Row t : Sql.rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    + "AND name NOT LIKE 'flyway%' ORDER BY name")) {
                sb.append("## ").append(t.str("name")).append('\n');
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM " + t.str("name"))) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            sb.append(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : String.valueOf(v))
                                    .append('|');
                        }
                        sb.append('\n');
                    }
                }
            }
            return sb.toString();
        });
    }

    List<DbCheck.Problem> check() {
        return wb.dbCheck().run();
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final EntityType<Department> DEPT = cn.quanze.org.data.OrgRecords.DEPARTMENT;
    static final EntityType<SupervisionItem> ITEM = SupervisionRecords.SUPERVISION_ITEM;
    static final EntityType<Feedback> FEEDBACK = SupervisionRecords.FEEDBACK;
    static final EntityType<Attachment> ATTACHMENT = SupervisionRecords.ATTACHMENT;

    /** Attaches a file with these bytes to a feedback, as the feedback form does: stored by hash, then recorded. */
    void attach(String id, Feedback f, byte[] content) {
        try {
            Path upload = Files.createTempFile(dir, "upload-", ".jpg");
            Files.write(upload, content);
            AttachmentFiles.Stored stored = wb.attachments().store(upload);
            Files.delete(upload);
            put(ATTACHMENT, new Attachment(id, stored.sha256(), "现场照片-" + id + ".jpg", stored.size(), "feedback",
                    f.id()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Attachment rows whose file is missing here or does not hash to its name. */
    List<String> brokenAttachments() {
        List<String> out = new java.util.ArrayList<>();
        for (Row r : wb.store().read(c -> Sql.rows(c, "SELECT id, sha256 FROM attachment"))) {
            Path file = wb.attachments().path(r.str("sha256"));
            if (!Files.isRegularFile(file) || !r.str("sha256").equals(sha256(bytes(file)))) {
                out.add(r.str("id") + " " + r.str("sha256"));
            }
        }
        return out;
    }

    private static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
