package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Json;
import cn.quanze.supervision.data.SupervisionBoard.Entry;
import cn.quanze.supervision.data.SupervisionService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quanze supervision list|import}: the 督办台账 without a window. */
@Command(name = "supervision", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {SupervisionCommand.ListItems.class, SupervisionCommand.Import.class})
final class SupervisionCommand {
    @ParentCommand
    QuanzeCommand root;

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListItems implements Callable<Integer> {
        @ParentCommand
        SupervisionCommand parent;

        @Option(names = "--format", defaultValue = "json", descriptionKey = "supervision.list.format")
        String format;

        @Option(names = "--state", descriptionKey = "supervision.list.state")
        String state;

        @Override
        public Integer call() {
            if (!format.equals("json") && !format.equals("csv")) {
                System.err.println(I18n.t("cli.supervision.badFormat", format));
                return QuanzeCommand.USAGE;
            }
            SupervisionState wanted = null;
            if (state != null) {
                wanted = SupervisionState.fromOfficialName(state).orElse(null);
                if (wanted == null) {
                    System.err.println(I18n.t("cli.supervision.badState", state));
                    return QuanzeCommand.USAGE;
                }
            }
            try (Workbench wb = parent.root.open()) {
                SupervisionState filter = wanted;
                List<Entry> entries = wb.supervisionBoard().snapshot(wb.supervisionService().today()).entries()
                        .stream().filter(e -> filter == null || e.item().state() == filter).toList();
                Map<String, String> names = wb.departments().all().stream()
                        .collect(Collectors.toMap(d -> d.id(), d -> d.name(), (a, b) -> a));
                List<Map<String, Object>> rows = entries.stream().map(e -> row(e, names)).toList();
                if (format.equals("json")) {
                    System.out.println(Json.write(rows));
                } else {
                    System.out.print(cn.quanze.core.files.CsvTable.writeMaps(rows));
                }
                return QuanzeCommand.OK;
            }
        }

        private static Map<String, Object> row(Entry e, Map<String, String> names) {
            SupervisionItem i = e.item();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", i.displayNumber());
            m.put("title", i.title());
            m.put("source", i.source().officialName());
            m.put("sourceDocNo", i.sourceDocNo());
            m.put("importance", i.importance().officialName());
            m.put("leadUnit", e.leadUnit());
            m.put("cooperatingUnits", i.cooperatingUnitIds().stream().map(id -> names.getOrDefault(id, "")).toList());
            m.put("leader", i.leader());
            m.put("assignedOn", str(i.assignedOn()));
            m.put("deadline", str(i.deadline()));
            m.put("feedbackCycle", i.feedbackCycle().officialName());
            m.put("state", i.state().officialName());
            m.put("progress", i.progress());
            m.put("light", e.light() == null ? null : switch (e.light()) {
                case GREEN -> "绿";
                case YELLOW -> "黄";
                case RED -> "红";
            });
            m.put("lightReasons", e.reasons().stream().map(r -> I18n.of(r)).toList());
            m.put("overdue", e.overdue());
            m.put("feedbackOverdue", e.feedbackOverdue());
            m.put("nextFeedbackDue", str(e.nextDue()));
            m.put("missedFeedback", e.missedCycles());
            m.put("workdaysOverdue", e.workdaysOverdue());
            m.put("escalation", e.escalation().applied().isEmpty() ? null : e.escalation().level().officialName());
            return m;
        }

        private static String str(Object o) {
            return o == null ? null : o.toString();
        }
    }

    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        SupervisionCommand parent;

        @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "supervision.import.file")
        Path file;

        @Option(names = "--dry-run", descriptionKey = "supervision.import.dryRun")
        boolean dryRun;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                System.err.println(I18n.t("cli.supervision.noFile", file));
                return QuanzeCommand.USAGE;
            }
            try (Workbench wb = parent.root.open()) {
                SupervisionService.BackfillResult r = wb.ledger().importFile(file, dryRun);
                System.out.println(I18n.t(dryRun ? "cli.supervision.imported.dry" : "cli.supervision.imported",
                        file.getFileName().toString(), r.created(), r.feedbackAdded(), r.unchanged()));
                return QuanzeCommand.OK;
            }
        }
    }
}
