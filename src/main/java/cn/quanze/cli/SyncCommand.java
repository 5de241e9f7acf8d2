package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Json;
import cn.quanze.sync.data.Conflicts;
import cn.quanze.sync.data.IdentityCard;
import cn.quanze.sync.data.ImportReport;
import cn.quanze.sync.SyncException;
import cn.quanze.sync.data.SyncFolder;
import cn.quanze.sync.data.SyncService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quanze sync ...}: identity cards, trust, export and import of sync files, conflicts, sync folder. */
@Command(name = "sync", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true, subcommands = {
        SyncCommand.Identity.class, SyncCommand.Trust.class, SyncCommand.Partners.class, SyncCommand.Export.class,
        SyncCommand.Import.class, SyncCommand.ConflictList.class, SyncCommand.Folder.class, SyncCommand.NewNodeId.class})
final class SyncCommand {
    @ParentCommand
    QuanzeCommand root;

    /** Runs sync work on the open data directory; a refusal prints its reason on stderr and exits 1. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        SyncCommand sync;

        @Override
        public Integer call() {
            try (Workbench wb = sync.root.open()) {
                return run(wb.sync());
            } catch (SyncException e) {
                System.err.println(e.reason());
                return QuanzeCommand.FAILED;
            }
        }

        abstract int run(SyncService s);
    }

    @Command(name = "identity", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Identity extends Sub {
        @Option(names = "--out", required = true, descriptionKey = "sync.out")
        Path out;

        @Override
        int run(SyncService s) {
            s.writeCard(out);
            IdentityCard card = s.card();
            System.out.println(I18n.t("sync.cli.cardWritten", out, card.officeName(), card.officeCode(), card.fingerprint()));
            return QuanzeCommand.OK;
        }
    }

    @Command(name = "trust", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Trust extends Sub {
        @Parameters(index = "0", paramLabel = "FILE.card", descriptionKey = "sync.card")
        Path card;

        @Override
        int run(SyncService s) {
            IdentityCard c = s.readCard(card);
            s.trust(c);
            System.out.println(I18n.t("sync.cli.trusted", c.officeName(), c.officeCode(), c.fingerprint()));
            return QuanzeCommand.OK;
        }
    }

    @Command(name = "partners", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Partners extends Sub {
        @Override
        int run(SyncService s) {
            System.out.println(I18n.t("sync.cli.self", s.card().officeCode(), s.card().fingerprint()));
            for (SyncService.Partner p : s.partners()) {
                System.out.println(I18n.t("sync.cli.partner", p.officeCode(), p.officeName(),
                        String.join(", ", p.fingerprints()), p.lastExport() == null ? "-" : p.lastExport(),
                        p.lastImport() == null ? "-" : p.lastImport(), p.pending()));
            }
            return QuanzeCommand.OK;
        }
    }

    @Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Export extends Sub {
        @Option(names = "--to", required = true, descriptionKey = "sync.to")
        String to;

        @Option(names = "--full", descriptionKey = "sync.full")
        boolean full;

        @Option(names = "--out", descriptionKey = "sync.outFile")
        Path out;

        @Override
        int run(SyncService s) {
            Path file = out != null ? out : Path.of(s.nextFileName(to));
            var w = s.export(to, full, file, n -> { });
            System.out.println(I18n.t("sync.cli.exported", w.file(), w.revisions(), w.attachments(), w.bytes()));
            return QuanzeCommand.OK;
        }
    }

    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Import extends Sub {
        @Parameters(index = "0", paramLabel = "FILE.qzb", descriptionKey = "sync.file")
        Path file;

        @Option(names = "--dry-run", descriptionKey = "sync.dryRun")
        boolean dryRun;

        @Override
        int run(SyncService s) {
            ImportReport r = s.importFile(file, dryRun);
            if (r.status() == ImportReport.Status.ALREADY_IMPORTED) {
                System.out.println(I18n.t("sync.cli.already", r.fileName()));
                return QuanzeCommand.OK;
            }
            System.out.println(I18n.t(dryRun ? "sync.cli.preview" : "sync.cli.imported", r.fileName(), r.senderName(),
                    r.count(ImportReport.Kind.ADDED), r.count(ImportReport.Kind.CHANGED),
                    r.count(ImportReport.Kind.DELETED), r.count(ImportReport.Kind.PROPOSED),
                    r.count(ImportReport.Kind.CONFLICT), r.count(ImportReport.Kind.BACKLOG), r.alreadyKnown()));
            r.missing().forEach(System.out::println);
            return QuanzeCommand.OK;
        }
    }

    @Command(name = "conflicts", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ConflictList extends Sub {
        @Option(names = "--format", defaultValue = "text", descriptionKey = "sync.format")
        String format;

        @Override
        int run(SyncService s) {
            var list = s.conflicts().list();
            if ("json".equals(format)) {
                System.out.println(Json.write(list));
                return QuanzeCommand.OK;
            }
            if (list.isEmpty()) {
                System.out.println(I18n.t("sync.cli.noConflicts"));
            }
            for (Conflicts.Conflict c : list) {
                System.out.println(I18n.t("sync.cli.conflict", c.entity(), c.recordId(), String.join(", ", c.fields()),
                        c.versions().size()));
            }
            return QuanzeCommand.OK;
        }
    }

    @Command(name = "folder", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Folder extends Sub {
        @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "sync.dir")
        Path dir;

        @Override
        int run(SyncService s) {
            SyncFolder.Pass p = s.folder().pass(dir);
            p.refused().forEach(System.err::println);
            System.out.println(I18n.t("sync.cli.folderPass", dir, p.imported().size(), p.refused().size(),
                    p.exported().size()));
            return p.refused().isEmpty() ? QuanzeCommand.OK : QuanzeCommand.FAILED;
        }
    }

    @Command(name = "new-node-id", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class NewNodeId extends Sub {
        @Override
        int run(SyncService s) {
            String id = s.newNodeId();
            System.out.println(I18n.t("sync.cli.newNodeId", id));
            return QuanzeCommand.OK;
        }
    }
}
