package cn.quanze.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.i18n.StoreMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A locked, read-only, full or damaged database: a classified {@link StoreException} whose Chinese sentence says
 * what to do, and nothing of the failed write in the database.
 */
class StoreFailureTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    private static void addUnits(Workbench wb, int n) {
        wb.store().run("units.add", uow -> {
            for (int i = 0; i < n; i++) {
                uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, new Department(cn.quanze.core.domain.Ids.newId(), "T" + i + "X"
                        + System.nanoTime() % 100000, "测试单位" + "很长的名称".repeat(50) + i, null, UnitKind.DEPARTMENT, false));
            }
        });
    }

    private static long revisions(Workbench wb) {
        return wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM revision"));
    }

    private static void assertNothingHalfWritten(Workbench wb, long revisionsBefore) {
        assertThat(revisions(wb)).isEqualTo(revisionsBefore);
        assertThat(new DbCheck(wb.store()).run()).isEmpty();
    }

    @Test
    void anotherProgramHoldingAnExclusiveLockGivesLockedAndWritesNothing() throws Exception {
        try (Workbench wb = TestWorkbench.withDemo(dir)) {
            long before = revisions(wb);
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("quanze.db"));
                 var st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                assertThatThrownBy(() -> addUnits(wb, 3)).isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED);
                    assertThat(StoreMessages.describe(e)).contains("锁定").contains("备份").doesNotContain("Exception");
                });
                st.execute("ROLLBACK");
            }
            assertNothingHalfWritten(wb, before);
            addUnits(wb, 1);
            assertThat(revisions(wb)).isEqualTo(before + 1);
        }
    }

    /**
     * Tests run as root here, where chmod does not stop writes; SQLite's own read-only switch (query_only) on
     * the writer connection gives the same SQLITE_READONLY a read-only file or mount gives.
     */
    @Test
    void aReadOnlyDatabaseGivesReadOnlyAndWritesNothing() {
        try (Workbench wb = TestWorkbench.withDemo(dir)) {
            long before = revisions(wb);
            wb.store().run("test.readOnly", uow -> pragma(uow, "PRAGMA query_only = ON"));
            assertThatThrownBy(() -> addUnits(wb, 3)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY);
                assertThat(StoreMessages.describe(e)).contains("无法写入").contains("没有写入任何数据");
            });
            wb.store().run("test.readOnly", uow -> pragma(uow, "PRAGMA query_only = OFF"));
            assertNothingHalfWritten(wb, before);
        }
    }

    @Test
    void aReadOnlyFileForANonRootUserIsRefusedWithAMessage() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root ignores file permissions");
        try (Workbench wb = TestWorkbench.withDemo(dir)) {
            assertThat(wb.store().nodeId()).isNotBlank();
        }
        Files.setPosixFilePermissions(dir.resolve("quanze.db"), PosixFilePermissions.fromString("r--r--r--"));
        try (Workbench wb = TestWorkbench.open(dir)) {
            assertThatThrownBy(() -> addUnits(wb, 1)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY));
        } catch (StoreException e) {
            assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY);
        }
    }

    /**
     * The same refusal for every user, root included (root ignores file permissions, and CI runs as root): the
     * database made read-only from inside SQLite, as a read-only share or file does it.
     */
    @Test
    void aReadOnlyDatabaseIsRefusedWithAMessageAndWritesNothing() {
        try (Workbench wb = TestWorkbench.withDemo(dir)) {
            long before = revisions(wb);
            wb.store().run("test.readonly", uow -> pragma(uow, "PRAGMA query_only = 1"));
            assertThatThrownBy(() -> addUnits(wb, 1)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).as(e.getMessage()).isEqualTo(StoreException.Kind.READ_ONLY);
                assertThat(StoreMessages.describe(e)).doesNotContain("SQLITE").doesNotContain("readonly");
            });
            wb.store().run("test.readonly", uow -> pragma(uow, "PRAGMA query_only = 0"));
            assertNothingHalfWritten(wb, before);
        }
    }

    /** A full disk, made with SQLite's page limit: the large write fails as DISK_FULL and leaves nothing. */
    @Test
    void aFullDiskGivesDiskFullAndWritesNothing() {
        try (Workbench wb = TestWorkbench.withDemo(dir)) {
            long before = revisions(wb);
            long pages = wb.store().read(c -> Sql.one(c, "PRAGMA page_count")).orElseThrow().lng("page_count");
            wb.store().run("test.full", uow -> pragma(uow, "PRAGMA max_page_count = " + (pages + 2)));
            assertThatThrownBy(() -> addUnits(wb, 400)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).as(e.getMessage()).isEqualTo(StoreException.Kind.DISK_FULL);
                assertThat(StoreMessages.describe(e)).contains("磁盘空间不足");
            });
            wb.store().run("test.full", uow -> pragma(uow, "PRAGMA max_page_count = 1073741823"));
            assertNothingHalfWritten(wb, before);
        }
    }

    @Test
    void aDamagedFileIsRefusedOnOpenAndTheLatestBackupBringsItBack() throws Exception {
        long powers;
        Path backup;
        try (Workbench wb = TestWorkbench.withDemo(dir)) {
            backup = wb.backups().autoBackup().orElseThrow();
            powers = wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM power_item"));
        }
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(3).nextBytes(garbage);
        Files.write(dir.resolve("quanze.db"), garbage);
        assertThatThrownBy(() -> TestWorkbench.open(dir)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.kind()).isEqualTo(StoreException.Kind.CORRUPT);
            assertThat(StoreMessages.describe(e)).contains("已损坏").contains("从最近的备份恢复");
        });
        assertThat(Backups.latest(dir.resolve("backups"))).contains(backup);
        Path aside;
        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            aside = Backups.restoreOffline(dir.resolve("quanze.db"), backup, TestWorkbench.CLOCK,
                    cn.quanze.wiring.ProductSchema.create());
        }
        assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
        try (Workbench wb = TestWorkbench.open(dir)) {
            long restored = wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM power_item"));
            assertThat(restored).isEqualTo(powers);
            assertThat(new DbCheck(wb.store()).run()).isEmpty();
        }
    }

    private static void pragma(UnitOfWork uow, String sql) {
        try (var st = uow.connection().createStatement()) {
            st.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
