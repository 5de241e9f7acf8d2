package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.duties.domain.Gap;
import cn.quanze.org.domain.Department;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code quanze duties ...}: the responsibility catalog without a window. */
@Command(name = "duties", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {DutiesCommand.Gaps.class, DutiesExportCommand.class, DutiesImportCommand.class})
final class DutiesCommand {
    @ParentCommand
    QuanzeCommand root;

    /** {@code quanze duties gaps [--format json]}: one line per gap; exit 0 whether or not there are gaps. */
    @Command(name = "gaps", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Gaps implements Callable<Integer> {
        enum Format { text, json }

        @ParentCommand
        DutiesCommand duties;

        @Option(names = "--format", defaultValue = "text", descriptionKey = "duties.gaps.format")
        Format format;

        @Override
        public Integer call() {
            try (Workbench wb = duties.root.open()) {
                List<Gap> gaps = wb.duties().gaps();
                Map<String, Department> byId = wb.departments().all().stream()
                        .collect(Collectors.toMap(Department::id, Function.identity()));
                for (Gap g : gaps) {
                    Department d = byId.get(g.departmentId());
                    String dept = d == null ? "" : d.name();
                    if (format == Format.json) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("kind", g.kind().name());
                        line.put("code", g.code());
                        line.put("name", g.name());
                        line.put("department", d == null ? null : d.code());
                        line.put("departmentName", d == null ? null : dept);
                        System.out.println(Json.write(line));
                    } else {
                        System.out.println(I18n.t("duties.gaps.line", I18n.of(g.kind()), g.code(), g.name(), dept));
                    }
                }
                if (format == Format.text) {
                    System.err.println(I18n.t("duties.gaps.total", gaps.size()));
                }
                return QuanzeCommand.OK;
            }
        }
    }
}
