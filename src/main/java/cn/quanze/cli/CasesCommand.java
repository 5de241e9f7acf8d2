package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.CaseStatistics;
import cn.quanze.cases.data.CaseImport;
import cn.quanze.cases.files.CaseListing;
import cn.quanze.cases.files.CaseStatsReport;
import cn.quanze.core.files.ExcelFileException;
import cn.quanze.core.i18n.I18n;
import cn.quanze.cases.data.CaseRows;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.OfficeSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quanze cases list|stats|import}: 限时办结 from the command line. */
@Command(name = "cases", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {CasesCommand.ListCases.class, CasesCommand.Stats.class, CasesCommand.Import.class})
final class CasesCommand {
    @ParentCommand
    QuanzeCommand root;

    enum Format { json, csv }

    enum LightOption { red, yellow, green }

    static List<CaseRow> rows(Workbench wb) {
        return CaseRows.load(wb.cases(), wb.departments(), wb.powers(), wb.cases().today());
    }

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListCases implements Callable<Integer> {
        @ParentCommand
        CasesCommand parent;

        @Option(names = "--format", defaultValue = "json", descriptionKey = "cases.format")
        Format format;

        @Option(names = "--light", descriptionKey = "cases.light")
        LightOption light;

        @Override
        public Integer call() {
            try (Workbench wb = parent.root.open()) {
                List<CaseRow> out = rows(wb).stream().filter(r -> light == null
                        || r.progress().light() == Light.valueOf(light.name().toUpperCase(Locale.ROOT))).toList();
                if (format == Format.json) {
                    System.out.println(CaseListing.json(out));
                } else {
                    System.out.print(CaseListing.csv(out));
                }
                return QuanzeCommand.OK;
            }
        }
    }

    @Command(name = "stats", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Stats implements Callable<Integer> {
        @ParentCommand
        CasesCommand parent;

        @Option(names = "--from", required = true, descriptionKey = "cases.from")
        String from;

        @Option(names = "--to", required = true, descriptionKey = "cases.to")
        String to;

        @Option(names = "--format", defaultValue = "json", descriptionKey = "cases.statsFormat")
        String format;

        @Override
        public Integer call() {
            LocalDate f = CalendarCommand.date(from);
            LocalDate t = CalendarCommand.date(to);
            if (f == null || t == null) {
                return QuanzeCommand.USAGE;
            }
            if (t.isBefore(f) || !"json".equals(format)) {
                System.err.println(I18n.t(t.isBefore(f) ? "cases.stats.badPeriod" : "cases.cli.onlyJson"));
                return QuanzeCommand.USAGE;
            }
            try (Workbench wb = parent.root.open()) {
                CaseStatsReport r = CaseStatsReport.of(rows(wb), f, t);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("from", f.toString());
                out.put("to", t.toString());
                out.put("byDepartment", r.byDepartment().stream().map(Stats::row).toList());
                out.put("byPowerItem", r.byPower().stream().map(Stats::row).toList());
                out.put("overdue", r.overdue().stream().map(CaseListing::fields).toList());
                System.out.println(Json.write(out));
                return QuanzeCommand.OK;
            }
        }

        static Map<String, Object> row(CaseStatistics.Row x) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", x.key() == null ? "TOTAL" : x.key());
            m.put("received", x.received());
            m.put("completed", x.completed());
            m.put("onTimePromised", x.onTimePromised());
            m.put("onTimeLegal", x.onTimeLegal());
            m.put("onTimePromisedRate", round(x.onTimePromisedRate()));
            m.put("onTimeLegalRate", round(x.onTimeLegalRate()));
            m.put("overdueOpen", x.overdueOpen());
            m.put("avgUsedDays", round(x.avgUsedDays()));
            m.put("avgPromisedDays", round(x.avgPromisedDays()));
            m.put("avgLegalDays", round(x.avgLegalDays()));
            m.put("speedUpRate", round(x.speedUpRate()));
            return m;
        }

        private static double round(double v) {
            return Math.round(v * 10000) / 10000.0;
        }
    }

    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        CasesCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cases.file")
        Path file;

        @Override
        public Integer call() {
            try (Workbench wb = parent.root.open()) {
                int n = new CaseImport(wb.store(), wb.departments(), wb.powers(), wb.cases().today(),
                        wb.settings().get(OfficeSettings.OFFICE_CODE).orElse("BJ")).importFile(file);
                System.out.println(I18n.t("cases.import.done", n, file.getFileName()));
                return QuanzeCommand.OK;
            } catch (CaseImport.InvalidLedger e) {
                e.problems().forEach(System.err::println);
                System.err.println(I18n.t("cases.import.refused", e.problems().size()));
                return QuanzeCommand.FAILED;
            } catch (ExcelFileException e) {
                System.err.println(e.getMessage());
                return QuanzeCommand.FAILED;
            }
        }
    }
}
