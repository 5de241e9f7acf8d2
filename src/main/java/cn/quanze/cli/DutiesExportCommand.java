package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.org.domain.Department;
import cn.quanze.duties.files.CatalogExport;
import cn.quanze.duties.files.CatalogTable;
import cn.quanze.core.i18n.I18n;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quanze duties export --department CODE FILE.xlsx|FILE.docx}. */
@Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class DutiesExportCommand implements Callable<Integer> {
    @ParentCommand
    DutiesCommand duties;

    @Option(names = "--department", required = true, descriptionKey = "duties.export.department")
    String department;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "duties.export.file")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (CatalogExport.formatOf(file) == null) {
            System.err.println(I18n.t("duties.export.badFormat", file));
            return QuanzeCommand.USAGE;
        }
        try (Workbench wb = duties.root.open()) {
            Optional<Department> d = wb.departments().byCode(department);
            if (d.isEmpty()) {
                System.err.println(I18n.t("duties.export.noDepartment", department));
                return QuanzeCommand.FAILED;
            }
            CatalogTable table = wb.catalogExport().export(d.get(), file);
            System.out.println(I18n.t("duties.export.done", d.get().name(), table.groups().size(), table.rowCount(),
                    file.toAbsolutePath()));
            return QuanzeCommand.OK;
        }
    }
}
