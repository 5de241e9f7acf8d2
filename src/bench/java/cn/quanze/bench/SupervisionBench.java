package cn.quanze.bench;

import cn.quanze.cli.QuanzeCommand;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quanze bench supervision}: a year's 督查专报 over a generated register (default 10,000 items, 100,000
 * feedback entries), timed against the bare queries it reads, in the same run; medians of {@code --runs}.
 */
@Command(name = "supervision", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class SupervisionBench implements Callable<Integer> {
    @Option(names = "--items", defaultValue = "10000", descriptionKey = "bench.supervision.items")
    int items;

    @Option(names = "--feedback", defaultValue = "100000", descriptionKey = "bench.supervision.feedback")
    int feedback;

    @Option(names = "--runs", defaultValue = "3", descriptionKey = "bench.runs")
    int runs;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("quanze-bench-supervision");
        Clock clock = BenchCommand.AS_OF;
        try (Workbench wb = Workbench.open(dir, () -> "bench", clock)) {
            wb.store().run("office.init", uow -> wb.settings().saveIdentity(uow, "QU", "示例区人民政府办公室",
                    OfficeLevel.DISTRICT));
            wb.demoData().load();
            SupervisionBenchmark bench = new SupervisionBenchmark(wb.store());
            long g = System.nanoTime();
            bench.generate(items, feedback, SupervisionBenchmark.ids(wb.departments().all()), 2026);
            long generated = (System.nanoTime() - g) / 1_000_000;
            System.out.println(I18n.t("bench.supervision.generated", items, feedback, generated));
            Map<String, List<Long>> all = new LinkedHashMap<>();
            for (int i = 0; i < runs; i++) {
                bench.measure(wb.supervisionReports(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22))
                        .forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
            Map<String, Long> m = new LinkedHashMap<>();
            all.forEach((k, v) -> m.put(k, median(v)));
            System.out.println(I18n.t("bench.supervision.result", runs, m.get("items"), m.get("bareQueries"),
                    m.get("bareRows"), m.get("summary"), m.get("docx"), m.get("pdf"), m.get("xlsx"), m.get("summary") + m.get("pdf")));
        }
        return QuanzeCommand.OK;
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
