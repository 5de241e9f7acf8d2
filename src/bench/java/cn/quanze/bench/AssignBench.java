package cn.quanze.bench;

import cn.quanze.cli.QuanzeCommand;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.Receipt;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.AssignmentRecords;
import cn.quanze.core.db.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quanze bench assign}: the issuer's 交办汇总 over a generated register (default 2,000 items 交办 to three
 * sub-district offices, most of them signed and reported on), timed against one bare SQL join of the same rows.
 */
@Command(name = "assign", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class AssignBench implements Callable<Integer> {
    @Option(names = "--items", defaultValue = "2000", descriptionKey = "bench.assign.items")
    int items;

    @Option(names = "--runs", defaultValue = "5", descriptionKey = "bench.runs")
    int runs;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("quanze-bench-assign");
        Clock clock = BenchCommand.AS_OF;
        try (Workbench wb = Workbench.open(dir, () -> "bench", clock)) {
            long g = System.nanoTime();
            generate(wb);
            System.out.println(I18n.t("bench.assign.generated", items, (System.nanoTime() - g) / 1_000_000));
            List<Long> board = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            int lines = 0;
            long rows = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                lines = wb.assignmentBoard().rollup().size();
                board.add((System.nanoTime() - t) / 1_000_000);
                t = System.nanoTime();
                rows = wb.store().read(c -> Sql.rows(c, "SELECT d.*, r.*, i.*, u.name FROM supervision_dispatch d "
                        + "LEFT JOIN supervision_receipt r ON r.id = d.id JOIN supervision_item i ON i.id = d.item_id "
                        + "LEFT JOIN department u ON u.id = d.unit_id ORDER BY d.dispatched_on DESC")).size();
                bare.add((System.nanoTime() - t) / 1_000_000);
            }
            System.out.println(I18n.t("bench.assign.result", runs, lines, median(board), rows, median(bare)));
        }
        return QuanzeCommand.OK;
    }

    private void generate(Workbench wb) {
        String[] offices = {"JD01", "JD02", "JD03"};
        wb.store().run("bench.init", uow -> {
            wb.settings().saveIdentity(uow, "QU", "示例区人民政府办公室", OfficeLevel.DISTRICT);
            for (String o : offices) {
                uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, new Department("u-" + o, o, o + "街道办事处", null, UnitKind.SUBDISTRICT,
                        false));
            }
        });
        for (int i = 0; i < items; i++) {
            SupervisionItem draft = new SupervisionItem(null, 0, 0, SupervisionSource.KEY_WORK, null, null, "督办事项" + i,
                    "要求" + i, Importance.NORMAL, "u-" + offices[i % 3], i % 4 == 0 ? List.of("u-" + offices[(i + 1) % 3])
                    : List.of(), null, null, null, LocalDate.of(2026, 12, 31), null, List.of(), FeedbackCycle.MONTHLY,
                    null, SupervisionState.REGISTERED, null, null, null, 0, false);
            wb.supervisionService().assign(wb.supervisionService().register(draft).id());
        }
        // the offices' answers, as an import would store them: three in four signed, some reported on
        wb.store().run("bench.receipts", uow -> {
            int n = 0;
            for (var row : uow.query("SELECT id, item_id, office_code FROM supervision_dispatch")) {
                if (n++ % 4 != 3) {
                    uow.put(AssignmentRecords.RECEIPT, new Receipt(row.str("id"), row.str("item_id"),
                            row.str("office_code"), Receipt.ReceiptStatus.SIGNED, LocalDate.of(2026, 11, 20), "李华",
                            null, null, false, n % 100, LocalDate.of(2026, 11, 21), 0, null, null, null, null, List.of()));
                }
            }
        });
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
