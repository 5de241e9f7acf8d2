package cn.quanze.cli;

import cn.quanze.core.files.ExcelFileException;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.OrgMessages;
import cn.quanze.org.data.UnitRegister;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.files.UnitColumns;
import cn.quanze.org.files.UnitExport;
import cn.quanze.org.files.UnitImport;
import cn.quanze.org.files.UnitListing;
import cn.quanze.wiring.Workbench;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quanze units list|add|import|export|retire|merge}: 组织机构 without a window. */
@Command(name = "units", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {UnitsCommand.ListUnits.class, UnitsCommand.Add.class, UnitsCommand.Import.class,
            UnitsCommand.Export.class, UnitsCommand.Retire.class, UnitsCommand.Merge.class})
final class UnitsCommand {
    @ParentCommand
    QuanzeCommand root;

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListUnits implements Callable<Integer> {
        enum Format { table, json, csv }

        @ParentCommand
        UnitsCommand parent;

        @Option(names = "--format", defaultValue = "table", descriptionKey = "units.list.format")
        Format format;

        @Override
        public Integer call() {
            try (Workbench wb = parent.root.open()) {
                List<Department> units = wb.units().all();
                PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                out.print(switch (format) {
                    case table -> UnitListing.table(units);
                    case json -> UnitListing.json(units) + System.lineSeparator();
                    case csv -> UnitListing.csv(units);
                });
                out.flush();
                return QuanzeCommand.OK;
            }
        }
    }

    @Command(name = "add", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UnitsCommand parent;

        @Option(names = "--code", required = true, descriptionKey = "units.add.code")
        String code;

        @Option(names = "--name", required = true, descriptionKey = "units.add.name")
        String name;

        @Option(names = "--short", descriptionKey = "units.add.short")
        String shortName;

        @Option(names = "--kind", descriptionKey = "units.add.kind")
        String kind;

        @Option(names = "--parent", descriptionKey = "units.add.parent")
        String parentCode;

        @Option(names = "--alias", descriptionKey = "units.add.alias")
        List<String> aliases = new ArrayList<>();

        @Override
        public Integer call() {
            UnitKind k = null;
            if (kind != null) {
                k = UnitColumns.kind(kind).orElse(null);
                if (k == null) {
                    System.err.println(I18n.t("units.cli.badKind", kind));
                    return QuanzeCommand.USAGE;
                }
            }
            try (Workbench wb = parent.root.open()) {
                Department d = wb.units().add(new UnitRegister.Draft(code, name, shortName, k, parentCode, aliases,
                        null, null, null));
                System.out.println(I18n.t("units.cli.added", d.name(), d.code(), I18n.of(d.kind())));
                return QuanzeCommand.OK;
            }
        }
    }

    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        UnitsCommand parent;

        @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "units.import.file")
        Path file;

        @Option(names = "--dry-run", descriptionKey = "units.import.dryRun")
        boolean dryRun;

        @Override
        public Integer call() {
            try (Workbench wb = parent.root.open()) {
                UnitImport.Report r = wb.unitImport().importFile(file, dryRun);
                PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                out.println(r.summary());
                for (UnitImport.Change c : r.changes()) {
                    if (c.kind() == UnitImport.ChangeKind.ADDED) {
                        out.println(I18n.t("units.cli.change.added", OrgMessages.name(c.unit()),
                                I18n.of(c.unit().kind())));
                    } else if (c.kind() == UnitImport.ChangeKind.CHANGED) {
                        out.println(I18n.t("units.cli.change.changed", OrgMessages.name(c.unit()),
                                String.join("、", c.fields())));
                    }
                }
                r.messages().forEach(System.err::println);
                if (!r.valid()) {
                    System.err.println(I18n.t("units.cli.nothingWritten"));
                    return QuanzeCommand.FAILED;
                }
                if (dryRun) {
                    out.println(I18n.t("units.cli.dryRun"));
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
        UnitsCommand parent;

        @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "units.export.file")
        Path file;

        @Override
        public Integer call() {
            try (Workbench wb = parent.root.open()) {
                int n = UnitExport.write(file, wb.units().all());
                System.out.println(I18n.t("units.cli.exported", n, file));
                return QuanzeCommand.OK;
            } catch (UncheckedIOException e) {
                System.err.println(I18n.t("units.cli.cannotWrite", file));
                return QuanzeCommand.FAILED;
            }
        }
    }

    @Command(name = "retire", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Retire implements Callable<Integer> {
        @ParentCommand
        UnitsCommand parent;

        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "units.retire.code")
        String code;

        @Option(names = "--date", descriptionKey = "units.retire.date")
        String date;

        @Override
        public Integer call() {
            LocalDate on = null;
            if (date != null) {
                try {
                    on = LocalDate.parse(date.strip());
                } catch (DateTimeParseException e) {
                    System.err.println(I18n.t("units.cli.badDate", date));
                    return QuanzeCommand.USAGE;
                }
            }
            try (Workbench wb = parent.root.open()) {
                Department d = wb.units().retire(code, on);
                System.out.println(I18n.t("units.cli.retired", OrgMessages.name(d), d.retiredOn().toString()));
                return QuanzeCommand.OK;
            }
        }
    }

    @Command(name = "merge", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        UnitsCommand parent;

        @Parameters(index = "0", paramLabel = "FROM", descriptionKey = "units.merge.from")
        String from;

        @Parameters(index = "1", paramLabel = "INTO", descriptionKey = "units.merge.into")
        String into;

        @Override
        public Integer call() {
            try (Workbench wb = parent.root.open()) {
                UnitRegister.MergeResult r = wb.units().merge(from, into);
                System.out.println(I18n.t("units.cli.merged", OrgMessages.name(r.merged()),
                        OrgMessages.name(r.survivor()), r.movedRows()));
                return QuanzeCommand.OK;
            }
        }
    }
}
