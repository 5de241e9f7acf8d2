package cn.quanze.bench;

import cn.quanze.cli.QuanzeCommand;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.i18n.I18n;
import cn.quanze.powers.data.PowerRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quanze bench generate}: imports generated batches (one department + N power items per transaction)
 * through the unit of work, printing each committed batch; with {@code --baseline} also times a bare JDBC batch
 * insert of the same power items into a scratch file, in the same run.
 */
@Command(name = "generate", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class BenchGenerate implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--batches", defaultValue = "10", descriptionKey = "bench.generate.batches")
    int batches;

    @Option(names = "--size", defaultValue = "500", descriptionKey = "bench.generate.size")
    int size;

    @Option(names = "--tag", defaultValue = "B", descriptionKey = "bench.generate.tag")
    String tag;

    @Option(names = "--baseline", descriptionKey = "bench.generate.baseline")
    boolean baseline;

    @Override
    public Integer call() throws Exception {
        try (Workbench wb = bench.root.open()) {
            System.out.println(I18n.t("bench.generate.ready"));
            System.out.flush();
            BulkGenerator gen = new BulkGenerator(wb.store(), 42);
            long start = System.nanoTime();
            gen.run(tag, batches, size, b -> {
                System.out.println(I18n.t("bench.generate.batch", b));
                System.out.flush();
            });
            long uow = System.nanoTime() - start;
            long rows = (long) batches * size;
            System.out.println(I18n.t("bench.generate.done", rows, uow / 1_000_000, rows * 1_000_000_000L / uow));
            if (baseline) {
                BulkGenerator same = new BulkGenerator(wb.store(), 42);
                List<cn.quanze.powers.domain.PowerItem> items = new ArrayList<>();
                for (int b = 0; b < batches; b++) {
                    items.addAll(same.batch(tag + "raw", b, size).items());
                }
                Path scratch = Files.createTempDirectory("quanze-baseline").resolve("raw.db");
                long raw = BulkBaseline.insert(wb.store(), scratch, PowerRecords.POWER_ITEM, items);
                System.out.println(I18n.t("bench.generate.baselineResult", rows, raw / 1_000_000,
                        String.format("%.1f", (double) uow / raw)));
            }
            return QuanzeCommand.OK;
        }
    }
}
