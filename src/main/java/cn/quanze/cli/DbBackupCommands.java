package cn.quanze.cli;

import cn.quanze.wiring.AppPaths;
import cn.quanze.wiring.ProductSchema;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.i18n.BackupMessages;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.BackupException;
import cn.quanze.core.db.Backups;
import cn.quanze.core.db.DataDirLock;
import cn.quanze.core.db.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quanze db backup --out FILE} and {@code quanze db restore FILE}. */
final class DbBackupCommands {
    private DbBackupCommands() {
    }

    @Command(name = "backup", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Option(names = "--out", required = true, descriptionKey = "db.backup.out")
        Path out;

        @Override
        public Integer call() {
            try (Workbench wb = db.root.open()) {
                wb.backups().backupNow(out.toAbsolutePath());
                System.out.println(I18n.t("backup.done", out.toAbsolutePath()));
                System.out.println(describe(wb.backups().preview(out.toAbsolutePath())));
                return QuanzeCommand.OK;
            } catch (BackupException e) {
                return refused(e);
            }
        }
    }

    /**
     * Restores a backup: online into the open database when it opens; when it is damaged and cannot be opened,
     * by moving it aside and putting the backup in its place. Either way the installation gets a new node id.
     */
    @Command(name = "restore", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Parameters(arity = "1", descriptionKey = "db.restore.file", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try {
                return restore(file.toAbsolutePath());
            } catch (BackupException e) {
                return refused(e);
            }
        }

        private int restore(Path backup) {
            Backups.requireNotLive(backup, db.root.dataDir().resolve(AppPaths.DB_FILE));
            System.out.println(describe(Backups.read(backup, ProductSchema.create())));
            Workbench wb;
            try {
                wb = db.root.open();
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.CORRUPT) {
                    throw e;
                }
                Path dataDir = db.root.dataDir();
                try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
                    Path aside = Backups.restoreOffline(dataDir.resolve(AppPaths.DB_FILE), backup,
                            Clock.systemDefaultZone(), ProductSchema.create());
                    System.out.println(I18n.t("backup.restoredDamaged", backup, aside));
                }
                wb = db.root.open();
                try (Workbench opened = wb) {
                    System.out.println(I18n.t("db.restore.node", opened.store().nodeId()));
                }
                return QuanzeCommand.OK;
            }
            try (Workbench opened = wb) {
                Path safety = opened.backups().restore(backup);
                System.out.println(I18n.t("backup.restored", backup, safety));
                System.out.println(I18n.t("db.restore.node", opened.store().nodeId()));
                return QuanzeCommand.OK;
            }
        }
    }

    /** A refused backup or restore: the Chinese sentence on stderr, exit 1 (refused input; nothing replaced). */
    private static int refused(BackupException e) {
        System.err.println(BackupMessages.describe(e));
        return QuanzeCommand.FAILED;
    }

    static String describe(Backups.Preview p) {
        return I18n.t("db.backup.summary", p.file(), p.lastChange() == null ? "–" : p.lastChange(),
                p.officeName() == null ? "–" : p.officeName(), p.counts().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")), p.auditEntries());
    }
}
