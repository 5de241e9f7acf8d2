package cn.quanze.bench;

import cn.quanze.cli.QuanzeCommand;
import cn.quanze.core.i18n.I18n;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quanze bench cases}: lights and days left of many open cases, and filtering the table model. */
@Command(name = "cases", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class BenchCasesCommand implements Callable<Integer> {
    @Option(names = "--cases", defaultValue = "100000", descriptionKey = "bench.cases.count")
    int cases;

    @Option(names = "--runs", defaultValue = "5", descriptionKey = "bench.runs")
    int runs;

    @Override
    public Integer call() {
        CasesBench.Result r = CasesBench.run(cases, runs, LocalDate.of(2026, 11, 22));
        System.out.println(I18n.t("bench.cases.result", r.cases(), r.runs(), String.format("%.1f", r.clockMs()),
                String.format("%.1f", r.baselineMs()), String.format("%.1f", r.filterMs()), String.format("%.1f", r.filterSortedMs()), r.redClock(),
                r.redBaseline(), r.filteredRows()));
        return r.redClock() == r.redBaseline() ? QuanzeCommand.OK : QuanzeCommand.FAILED;
    }
}
