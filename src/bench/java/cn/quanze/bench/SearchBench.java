package cn.quanze.bench;

import cn.quanze.cli.QuanzeCommand;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.i18n.I18n;
import cn.quanze.search.data.GlobalSearch;
import cn.quanze.core.db.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quanze bench search}: the global search (all five kinds, eight hits each) over a generated data set of
 * realistic size, for one- and two-character, common and rare, long and code queries; median and 95th percentile
 * against the bare query on the power list alone (one FTS5 MATCH, or one instr scan for short terms, same LIMIT) in
 * the same run. With {@code --keep-data DIR} the data set is kept and reused by the next run.
 */
@Command(name = "search", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class SearchBench implements Callable<Integer> {
    /** 1 and 2 characters, common and rare (and absent), 3+ characters, codes and numbers. */
    static final List<String> QUERIES = List.of("证", "拆", "食品", "殡葬", "钢琴", "户外广告", "危险化学品", "违法行为的处罚",
            "申通市政", "营商环境", "量子计算机", "SL-2026-004711", "督办〔2026〕77号", "食品 许可");

    @Option(names = "--powers", defaultValue = "100000", descriptionKey = "bench.search.powers")
    int powers;

    @Option(names = "--cases", defaultValue = "100000", descriptionKey = "bench.search.cases")
    int cases;

    @Option(names = "--supervision", defaultValue = "10000", descriptionKey = "bench.search.supervision")
    int supervision;

    @Option(names = "--units", defaultValue = "120", descriptionKey = "bench.search.units")
    int units;

    @Option(names = "--runs", defaultValue = "21", descriptionKey = "bench.runs")
    int runs;

    @Option(names = "--keep-data", descriptionKey = "bench.search.dataDir")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("quanze-bench-search");
        try (Workbench wb = Workbench.open(dir, () -> "bench", Clock.systemDefaultZone())) {
            long existing = wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM power_item"));
            if (existing == 0) {
                long t0 = System.nanoTime();
                SearchBenchData.Counts n = new SearchBenchData(wb.store()).generate(units, powers, cases, supervision,
                        step -> { });
                System.out.println(I18n.t("bench.search.generated", n.units(), n.powers(), n.duties(), n.cases(),
                        n.supervision(), (System.nanoTime() - t0) / 1_000_000));
            }
            System.out.println(I18n.t("bench.search.dataset", wb.store().read(c -> Sql.count(c,
                    "SELECT (SELECT COUNT(*) FROM power_item) + (SELECT COUNT(*) FROM duty) + (SELECT COUNT(*) FROM "
                            + "case_file) + (SELECT COUNT(*) FROM supervision_item) + (SELECT COUNT(*) FROM department)")),
                    dir));
            GlobalSearch search = new GlobalSearch(wb.store());
            List<String> queries = new ArrayList<>(QUERIES);
            wb.store().read(c -> Sql.one(c, "SELECT code FROM power_item WHERE code LIKE 'BM-%-000042'"))
                    .ifPresent(r -> queries.add(queries.size() - 3, r.str("code")));
            for (String q : queries) {
                GlobalSearch.Results r = search.search(q);
                long[] app = times(() -> search.search(q));
                long[] bare = times(() -> bare(wb, q));
                String hits = r.groups().entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue().size())
                        .collect(Collectors.joining(" "));
                System.out.println(I18n.t("bench.search.query", q, q.codePointCount(0, q.length()),
                        hits.isEmpty() ? "0" : hits, ms(app[0]), ms(app[1]), ms(bare[0]), ms(bare[1])));
            }
        }
        return QuanzeCommand.OK;
    }

    /** The raw baseline: the power list's own index alone, the same kind of lookup and LIMIT, ids only. */
    private static int bare(Workbench wb, String q) {
        boolean longTerm = q.codePointCount(0, q.length()) >= 3 && !q.contains(" ");
        return wb.store().read(c -> Sql.rows(c, longTerm
                ? "SELECT rowid FROM power_search WHERE power_search MATCH ? LIMIT 8"
                : "SELECT rowid FROM power_search WHERE instr(body, ?) > 0 LIMIT 8",
                longTerm ? "\"" + q.replace("\"", "\"\"") + "\"" : q.split(" ")[0]).size());
    }

    /** Median and 95th percentile in microseconds of {@code runs} runs after three warm-ups. */
    private long[] times(Callable<?> work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.call();
        }
        List<Long> t = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            t.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(t);
        return new long[] {t.get(t.size() / 2), t.get(Math.min(t.size() - 1, (int) Math.ceil(t.size() * 0.95) - 1))};
    }

    private static String ms(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }
}
