package cn.quanze.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeEach
    void open() {
        wb = TestWorkbench.withDemo(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private long count(String sql) {
        return wb.store().read(c -> Sql.count(c, sql));
    }

    @Test
    void automaticBackupAtMostOncePerDayKeepsFourteen() throws Exception {
        assertThat(wb.backups().autoBackup()).isPresent();
        assertThat(wb.backups().autoBackup()).as("second start the same day").isEmpty();
        for (int day = 1; day <= 20; day++) {
            Clock later = Clock.offset(TestWorkbench.CLOCK, Duration.ofDays(day));
            assertThat(new Backups(wb.store(), wb.backups().dir(), later).autoBackup()).isPresent();
        }
        var files = wb.backups().list();
        assertThat(files).hasSize(Backups.KEEP);
        assertThat(files.get(0).madeAt().toLocalDate()).isEqualTo(TestWorkbench.CLOCK.instant()
                .atZone(TestWorkbench.ZONE).toLocalDate().plusDays(20));
        try (var listing = Files.list(wb.backups().dir())) {
            assertThat(listing.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void restoreBringsBackTheBackupWithANewNodeIdAndACleanCheck() {
        Path backup = wb.backups().backupNow(dir.resolve("manual.db"));
        long powers = count("SELECT COUNT(*) FROM power_item");
        String oldNode = wb.store().nodeId();
        Backups.Preview preview = wb.backups().preview(backup);
        assertThat(preview.counts()).containsEntry("power_item", powers);
        assertThat(preview.officeName()).isEqualTo("徐汇区人民政府办公室");
        assertThat(preview.lastChange()).isNotNull();

        wb.demoData().remove();
        assertThat(count("SELECT COUNT(*) FROM power_item")).isZero();
        Path safety = wb.backups().restore(backup);

        assertThat(safety).exists();
        assertThat(count("SELECT COUNT(*) FROM power_item")).isEqualTo(powers);
        assertThat(wb.store().nodeId()).isNotEqualTo(oldNode);
        assertThat(wb.store().read(c -> Sql.one(c, "SELECT value FROM node_info WHERE key = 'node_id'")).orElseThrow()
                .str("value")).isEqualTo(wb.store().nodeId());
        assertThat(wb.store().lastOriginSeq()).isZero();
        wb.store().run("after.restore", uow -> wb.settings().set(uow, "after.restore", "yes"));
        assertThat(new DbCheck(wb.store()).run()).isEmpty();
        assertThat(wb.backups().preview(safety).counts()).containsEntry("power_item", 0L);
    }

    @Test
    void garbageAndForeignFilesAreRefusedAndNothingChanges() throws Exception {
        Path garbage = dir.resolve("garbage.db");
        Files.write(garbage, "这不是数据库".repeat(500).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path foreign = dir.resolve("foreign.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign); var st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE t (x)");
        }
        long before = count("SELECT COUNT(*) FROM revision");
        for (Path bad : new Path[] {garbage, foreign}) {
            assertThatThrownBy(() -> wb.backups().restore(bad)).isInstanceOf(BackupException.class)
                    .extracting(e -> ((BackupException) e).reason()).isEqualTo(BackupException.Reason.NOT_A_BACKUP);
        }
        assertThatThrownBy(() -> wb.backups().restore(dir.resolve("missing.db"))).isInstanceOf(BackupException.class)
                .extracting(e -> ((BackupException) e).reason()).isEqualTo(BackupException.Reason.NOT_FOUND);
        assertThat(count("SELECT COUNT(*) FROM revision")).isEqualTo(before);
        assertThat(new DbCheck(wb.store()).run()).isEmpty();
    }

    @Test
    void onlyAdministratorsBackUpToAFileOrRestore() {
        wb.store().signIn(new Principal("s", "supervisor", Role.SUPERVISOR, null));
        assertThatThrownBy(() -> wb.backups().backupNow(dir.resolve("x.db"))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> wb.backups().restore(dir.resolve("x.db"))).isInstanceOf(PermissionDeniedException.class);
        assertThat(wb.backups().autoBackup()).as("the daily backup runs whoever signed in").isPresent();
    }
}
