package cn.quanze.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.core.i18n.BackupMessages;
import cn.quanze.core.i18n.I18n;
import cn.quanze.wiring.ProductSchema;
import cn.quanze.wiring.Workbench;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad backup never replaces the database: a tampered backup, one from a newer schema, the live database itself,
 * a backup written onto the live database, and files that are not backups at all are each refused with a Chinese
 * sentence before anything is replaced, and the database is as it was.
 */
class BackupRefusalsTest {
    @TempDir
    Path dir;
    private Workbench wb;
    private Path backup;

    @BeforeEach
    void open() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        wb = TestWorkbench.withDemo(dir.resolve("data"));
        backup = wb.backups().backupNow(dir.resolve("good.db"));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /** Refused for this reason with a sentence holding {@code parts}; nothing replaced, no safety copy made. */
    private void refused(Runnable restore, BackupException.Reason reason, String... parts) throws Exception {
        String node = wb.store().nodeId();
        long revisions = revisions();
        assertThatThrownBy(restore::run).isInstanceOfSatisfying(BackupException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(BackupMessages.describe(e)).contains(parts).doesNotContain("!").doesNotContain("SQLITE")
                    .doesNotContain("database").doesNotContain("Exception");
        });
        assertThat(wb.store().nodeId()).isEqualTo(node);
        assertThat(revisions()).isEqualTo(revisions);
        assertThat(new DbCheck(wb.store()).run()).isEmpty();
        if (Files.isDirectory(wb.backups().dir())) {
            try (var files = Files.list(wb.backups().dir())) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("before-restore"))
                        .noneMatch(n -> n.startsWith(".restore-check"));
            }
        }
    }

    private long revisions() {
        return wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM revision"));
    }

    private Path edited(String name, String sql) throws Exception {
        Path copy = Files.copy(backup, dir.resolve(name));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); var st = c.createStatement()) {
            assertThat(st.executeUpdate(sql)).isPositive();
        }
        return copy;
    }

    @Test
    void aBackupWithAnEditedRowIsRefusedByTheDatabaseCheck() throws Exception {
        Path tampered = edited("row.db", "UPDATE department SET name = '改过的名称' WHERE rowid = 2");
        refused(() -> wb.backups().restore(tampered), BackupException.Reason.FAILS_CHECK, "row.db", "未通过数据库检查",
                "与最新变更记录不一致");
    }

    @Test
    void aBackupWithAnEditedAuditEntryIsRefusedByTheDatabaseCheck() throws Exception {
        Path tampered = edited("audit.db", "UPDATE audit_log SET user_name = 'someone' WHERE seq = "
                + "(SELECT MIN(seq) + 5 FROM audit_log)");
        refused(() -> wb.backups().restore(tampered), BackupException.Reason.FAILS_CHECK, "未通过数据库检查", "审计日志");
    }

    @Test
    void aBackupFromANewerSchemaIsRefused() throws Exception {
        Path newer = edited("newer.db", "INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                + "script, checksum, installed_by, installed_on, execution_time, success) VALUES (9999, '999', 'future', "
                + "'SQL', 'V999__future.sql', 0, 'quanze', CURRENT_TIMESTAMP, 1, 1)");
        refused(() -> wb.backups().restore(newer), BackupException.Reason.NEWER_SCHEMA, "较新版本", "999", "请升级本机");
        refused(() -> wb.backups().preview(newer), BackupException.Reason.NEWER_SCHEMA, "较新版本");
    }

    @Test
    void theLiveDatabaseIsNotRestoredOntoItself() throws Exception {
        Path live = wb.store().file();
        refused(() -> wb.backups().restore(live), BackupException.Reason.LIVE_DATABASE, "正在使用的数据库");
        Path spelledOtherwise = dir.resolve("data").resolve("..").resolve("data").resolve("quanze.db");
        refused(() -> wb.backups().restore(spelledOtherwise), BackupException.Reason.LIVE_DATABASE, "正在使用的数据库");
    }

    @Test
    void aBackupIsNotWrittenOntoTheLiveDatabaseNorADirectory() throws Exception {
        Path live = wb.store().file();
        byte[] before = Files.readAllBytes(live);
        refused(() -> wb.backups().backupNow(live), BackupException.Reason.TARGET_IS_LIVE_DATABASE, "正在使用的数据库文件");
        refused(() -> wb.backups().backupNow(live.resolveSibling("quanze.db-wal")),
                BackupException.Reason.TARGET_IS_LIVE_DATABASE, "正在使用的数据库文件");
        refused(() -> wb.backups().backupNow(dir), BackupException.Reason.TARGET_IS_DIRECTORY, "是一个文件夹");
        assertThat(Files.readAllBytes(live)).isEqualTo(before);
    }

    @Test
    void filesThatAreNotBackupsAreRefusedInChinese() throws Exception {
        byte[] noise = new byte[8192];
        new Random(9).nextBytes(noise);
        byte[] good = Files.readAllBytes(backup);
        Path[] notBackups = {
            write("random.db", noise),
            write("zero.db", new byte[0]),
            write("truncated.db", Arrays.copyOf(good, good.length / 3)),
            write("QU-to-JD01-20261122-0001.qzb", zip()),
            write("台账.xlsx", xlsx()),
            emptySqlite(dir.resolve("empty.db")),
            Files.createDirectories(dir.resolve("folder.db"))};
        for (Path bad : notBackups) {
            refused(() -> wb.backups().restore(bad), BackupException.Reason.NOT_A_BACKUP, bad.toString(),
                    "不是权责工作台的备份文件");
            refused(() -> Backups.read(bad, ProductSchema.create()), BackupException.Reason.NOT_A_BACKUP,
                    "不是权责工作台的备份文件");
        }
        Path missing = dir.resolve("missing.db");
        refused(() -> wb.backups().restore(missing), BackupException.Reason.NOT_FOUND, "文件不存在", "missing.db");
    }

    @Test
    void anOfflineRestoreChecksTheBackupBeforeMovingTheDamagedDatabaseAside() throws Exception {
        Path tampered = edited("row.db", "UPDATE department SET name = '改过的名称' WHERE rowid = 2");
        wb.close();
        Path db = dir.resolve("data").resolve("quanze.db");
        byte[] garbage = new byte[64 * 1024];
        new Random(4).nextBytes(garbage);
        Files.write(db, garbage);
        try (DataDirLock lock = DataDirLock.acquire(dir.resolve("data"))) {
            assertThatThrownBy(() -> Backups.restoreOffline(db, tampered, TestWorkbench.CLOCK, ProductSchema.create()))
                    .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason())
                            .isEqualTo(BackupException.Reason.FAILS_CHECK));
            assertThatThrownBy(() -> Backups.restoreOffline(db, db, TestWorkbench.CLOCK, ProductSchema.create()))
                    .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason())
                            .isEqualTo(BackupException.Reason.LIVE_DATABASE));
        }
        assertThat(Files.readAllBytes(db)).as("the damaged file stays where it was").isEqualTo(garbage);
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("damaged"))
                    .noneMatch(n -> n.startsWith(".restore-check"));
        }
        try (DataDirLock lock = DataDirLock.acquire(dir.resolve("data"))) {
            Backups.restoreOffline(db, backup, TestWorkbench.CLOCK, ProductSchema.create());
        }
        wb = TestWorkbench.open(dir.resolve("data"));
        assertThat(new DbCheck(wb.store()).run()).isEmpty();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] zip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"format\":\"1.0\"}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] xlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream o = out) {
            book.createSheet("权力清单").createRow(0).createCell(0).setCellValue("职权编码");
            book.write(o);
        }
        return out.toByteArray();
    }

    private static Path emptySqlite(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE t (x)");
            st.executeUpdate("DROP TABLE t");
        }
        return file;
    }
}
