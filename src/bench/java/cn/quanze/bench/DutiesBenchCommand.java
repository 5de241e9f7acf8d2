package cn.quanze.bench;

import cn.quanze.cli.QuanzeCommand;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Ids;
import cn.quanze.duties.domain.AccountabilityCase;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.DutyStage;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.core.i18n.I18n;
import cn.quanze.duties.data.DutyRecords;
import cn.quanze.powers.data.PowerRecords;
import cn.quanze.core.db.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quanze bench duties}: writes a generated catalog (N power items, each with the 7 penalty stages and 9
 * accountability cases) through the one write path — change log, audit chain and search index included — and
 * compares with a bare JDBC batch insert of the same rows; then times search and the gap report.
 */
@Command(name = "duties", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class DutiesBenchCommand implements Callable<Integer> {
    @Option(names = "--items", defaultValue = "5000", descriptionKey = "bench.duties.items")
    int items;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("quanze-bench-duties");
        try (Workbench wb = Workbench.open(dir, () -> "bench", Clock.systemDefaultZone())) {
            String dept = Ids.newId();
            List<Duty> duties = new ArrayList<>();
            wb.store().run("bench.setup", uow -> {
                uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, new Department(dept, "BENCH", "测试局", null, UnitKind.DEPARTMENT, false));
                for (int i = 0; i < items; i++) {
                    String id = Ids.newId();
                    uow.put(PowerRecords.POWER_ITEM, new PowerItem(id, String.format("CF-BENCH-%05d", i),
                            "对第" + i + "类违法行为的处罚", PowerType.PENALTY, null, dept, null, null, null, null, null,
                            List.of(), List.of(), List.of(), null, i % 10 == 0 ? PowerStatus.CANCELLED : PowerStatus.ACTIVE,
                            null, false));
                    if (i % 50 != 7) {
                        duties.add(duty(id, i));
                    }
                }
            });
            long t0 = System.nanoTime();
            wb.store().run("bench.duties", uow -> duties.forEach(d -> uow.put(DutyRecords.DUTY, d)));
            long store = (System.nanoTime() - t0) / 1_000_000;
            long raw = rawInsert(dir.resolve("raw.db"), duties);
            long s0 = System.nanoTime();
            int hits = wb.duties().search("调查取证责任").size() + wb.duties().search("第77").size();
            long search = (System.nanoTime() - s0) / 1_000_000;
            long g0 = System.nanoTime();
            int gaps = wb.duties().gaps().size();
            long gap = (System.nanoTime() - g0) / 1_000_000;
            System.out.println(I18n.t("bench.duties.result", duties.size(), store, raw,
                    String.format("%.1f", (double) store / Math.max(1, raw)), search, hits, gap, gaps));
        }
        return QuanzeCommand.OK;
    }

    private static Duty duty(String powerId, int i) {
        List<Duty.StageDuty> stages = new ArrayList<>();
        for (DutyStage s : DutyStage.standardFor(PowerType.PENALTY)) {
            stages.add(new Duty.StageDuty(s, s.dutyName() + "：对第" + i + "类违法行为依法履行" + s.officialName()
                    + "程序，全面、客观、公正，按时限办结并留存记录。", "《中华人民共和国行政处罚法》第五十四条"));
        }
        List<AccountabilityCase> cases = new ArrayList<>();
        for (int c = 1; c <= 9; c++) {
            cases.add(new AccountabilityCase(c, "第" + i + "类事项追责情形" + c + "：违反法定的行政处罚程序的",
                    "《中华人民共和国行政处罚法》第七十六条"));
        }
        return new Duty(Ids.newId(), powerId, stages, cases, null, false);
    }

    /** The same rows in one transaction with a bare JDBC batch: no change log, no audit, no index. */
    private static long rawInsert(Path file, List<Duty> duties) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (var st = c.createStatement()) {
                st.executeUpdate("CREATE TABLE duty (id TEXT PRIMARY KEY, power_item_id TEXT NOT NULL UNIQUE, stages TEXT,"
                        + " cases TEXT, remarks TEXT, demo INTEGER NOT NULL DEFAULT 0)");
            }
            List<Row> rows = duties.stream().map(DutyRecords.DUTY::toRow).toList();
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO duty VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Row r : rows) {
                    ps.setString(1, r.str("id"));
                    ps.setString(2, r.str("power_item_id"));
                    ps.setString(3, r.str("stages"));
                    ps.setString(4, r.str("cases"));
                    ps.setString(5, r.str("remarks"));
                    ps.setLong(6, r.lng("demo"));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }
}
