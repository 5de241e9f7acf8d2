package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.powers.files.PowerListing;
import cn.quanze.core.files.ExcelFileException;
import cn.quanze.powers.files.PowerExport;
import cn.quanze.powers.files.PowerImport;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.core.files.RowIssue;
import cn.quanze.core.i18n.I18n;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quanze powers import|export|list}: the power list without a window. */
@Command(name = "powers", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {PowersCommand.Import.class, PowersCommand.Export.class, PowersCommand.ListItems.class})
final class PowersCommand {
    @ParentCommand
    QuanzeCommand root;

    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        PowersCommand parent;

        @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "powers.import.file")
        Path file;

        @Option(names = "--dry-run", descriptionKey = "powers.import.dryRun")
        boolean dryRun;

        @Option(names = "--skip-invalid", descriptionKey = "powers.import.skipInvalid")
        boolean skipInvalid;

        @Override
        public Integer call() {
            try (Workbench wb = parent.root.open()) {
                PowerImport.Report r = wb.powerImport().importFile(file, new PowerImport.Options(dryRun, skipInvalid),
                        ReadProgress.NONE);
                System.out.println(r.summary());
                for (RowIssue issue : r.issues()) {
                    System.err.println(issue.describe());
                }
                if (dryRun) {
                    System.out.println(I18n.t("powers.cli.dryRun"));
                    return r.invalid() == 0 ? QuanzeCommand.OK : QuanzeCommand.FAILED;
                }
                if (!r.written() && r.invalid() > 0) {
                    System.err.println(I18n.t("powers.cli.nothingWritten"));
                    return QuanzeCommand.FAILED;
                }
                return QuanzeCommand.OK;
            } catch (ExcelFileException e) {
                System.err.println(e.getMessage());
                return QuanzeCommand.FAILED;
            }
        }
    }

    @Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        PowersCommand parent;

        @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "powers.export.file")
        Path file;

        @Override
        public Integer call() {
            try (Workbench wb = parent.root.open()) {
                int n = PowerExport.full(file, wb.powers().all(), wb.departments().all());
                System.out.println(I18n.t("powers.cli.exported", n, file));
                return QuanzeCommand.OK;
            }
        }
    }

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListItems implements Callable<Integer> {
        enum Format { json, csv }

        @ParentCommand
        PowersCommand parent;

        @Option(names = "--format", defaultValue = "json", descriptionKey = "powers.list.format")
        Format format;

        @Override
        public Integer call() {
            try (Workbench wb = parent.root.open()) {
                var items = wb.powers().all();
                var depts = wb.departments().all();
                PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                out.print(format == Format.json ? PowerListing.json(items, depts) + System.lineSeparator()
                        : PowerListing.csv(items, depts));
                out.flush();
                return QuanzeCommand.OK;
            }
        }
    }
}
