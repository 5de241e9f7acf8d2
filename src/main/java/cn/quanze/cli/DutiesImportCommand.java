package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.duties.files.CatalogImport;
import cn.quanze.core.files.ExcelFileException;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.core.files.RowIssue;
import cn.quanze.core.i18n.I18n;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quanze duties import FILE.xlsx [--dry-run] [--skip-invalid]}: all or nothing unless told to skip. */
@Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class DutiesImportCommand implements Callable<Integer> {
    @ParentCommand
    DutiesCommand duties;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "duties.import.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "duties.import.dryRun")
    boolean dryRun;

    @Option(names = "--skip-invalid", descriptionKey = "duties.import.skipInvalid")
    boolean skipInvalid;

    @Override
    public Integer call() {
        try (Workbench wb = duties.root.open()) {
            CatalogImport.Report r = wb.catalogImport().importFile(file,
                    new CatalogImport.Options(dryRun, skipInvalid), ReadProgress.NONE);
            System.out.println(r.summary());
            for (RowIssue issue : r.issues()) {
                System.err.println(issue.describe());
            }
            if (dryRun) {
                System.out.println(I18n.t("duties.import.dryRun"));
                return r.invalid() == 0 ? QuanzeCommand.OK : QuanzeCommand.FAILED;
            }
            if (!r.written() && r.invalid() > 0) {
                System.err.println(I18n.t("duties.import.nothingWritten"));
                return QuanzeCommand.FAILED;
            }
            return QuanzeCommand.OK;
        } catch (ExcelFileException e) {
            System.err.println(e.getMessage());
            return QuanzeCommand.FAILED;
        }
    }
}
