package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.DbCheck;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code quanze db check}: integrity, change log against current tables, audit chain. */
@Command(name = "db", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true, subcommands = {DbCommand.Check.class, DbBackupCommands.Backup.class,
        DbBackupCommands.Restore.class})
final class DbCommand {
    @ParentCommand
    QuanzeCommand root;

    @Command(name = "check", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Override
        public Integer call() {
            try (Workbench wb = db.root.open()) {
                List<DbCheck.Problem> problems = wb.dbCheck().run();
                if (problems.isEmpty()) {
                    System.out.println(I18n.t("check.ok", wb.store().file()));
                    return QuanzeCommand.OK;
                }
                for (DbCheck.Problem p : problems) {
                    System.err.println(I18n.t(p.key(), p.args().toArray()));
                }
                System.err.println(I18n.t("check.failed", problems.size()));
                return QuanzeCommand.FAILED;
            }
        }
    }
}
