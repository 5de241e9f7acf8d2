package cn.quanze.bench;

import cn.quanze.cli.QuanzeCommand;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.core.i18n.I18n;
import cn.quanze.sync.data.ImportReport;
import cn.quanze.sync.data.SyncService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quanze bench sync}: export and import of N revisions between two fresh installations, against a bare
 * JDBC batch insert of the same rows into the same SQLite settings in the same run; and the sync file size.
 */
@Command(name = "sync", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class SyncBenchCommand implements Callable<Integer> {
    @Option(names = "--revisions", defaultValue = "100000", descriptionKey = "bench.sync.revisions")
    int revisions;

    @Override
    public Integer call() throws Exception {
        Path root = Files.createTempDirectory("quanze-bench-sync");
        Clock clock = Clock.systemDefaultZone();
        try (Workbench from = Workbench.open(root.resolve("qu"), () -> "bench", clock);
             Workbench to = Workbench.open(root.resolve("jd"), () -> "bench", clock)) {
            from.store().run("bench", uow -> from.settings().saveIdentity(uow, "QU", "基准区", OfficeLevel.DISTRICT));
            to.store().run("bench", uow -> to.settings().saveIdentity(uow, "JD01", "基准街道", OfficeLevel.SUBDISTRICT));
            Path fromCard = root.resolve("qu.card");
            Path toCard = root.resolve("jd.card");
            from.sync().writeCard(fromCard);
            to.sync().writeCard(toCard);
            from.sync().trust(from.sync().readCard(toCard));
            to.sync().trust(to.sync().readCard(fromCard));
            for (int start = 0; start < revisions; start += 5000) {
                int s = start;
                from.store().run("bench.generate", uow -> {
                    for (int i = s; i < Math.min(revisions, s + 5000); i++) {
                        uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, department(i));
                    }
                });
            }
            SyncService sync = from.sync();
            Path file = root.resolve(sync.nextFileName("JD01"));
            Timer export = Timer.start();
            var written = sync.export("JD01", false, file, n -> { });
            export.stop();
            Timer importing = Timer.start();
            ImportReport report = to.sync().importFile(file, false);
            importing.stop();
            Timer bare = baseline(root.resolve("bare.db"));
            Timer floor = SyncFloor.measure(from.store(), root.resolve("floor"), clock);
            System.out.println(I18n.t("bench.sync.result", written.revisions(), String.format("%.1f",
                    written.bytes() / 1024.0 / Math.max(1, written.revisions() / 1000.0)),
                    report.count(ImportReport.Kind.ADDED)));
            print("bench.sync.export", export, bare, floor);
            print("bench.sync.import", importing, bare, floor);
            print("bench.sync.bare", bare, bare, floor);
            print("bench.sync.floor", floor, bare, floor);
            return QuanzeCommand.OK;
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Department department(int i) {
        return new Department(String.format("bench-%08d", i), String.format("B%07d", i), "基准部门" + i, "部门" + (i % 97),
                UnitKind.DEPARTMENT, false);
    }

    private static void print(String key, Timer t, Timer bare, Timer floor) {
        System.out.println(I18n.t(key, t.wallMs(), t.cpuMs(), ratio(t.wallMs(), bare.wallMs()),
                ratio(t.cpuMs(), bare.cpuMs()), ratio(t.wallMs(), floor.wallMs())));
    }

    private static String ratio(long a, long b) {
        return String.format("%.1f", (double) a / Math.max(1, b));
    }

    /** The same rows inserted with one JDBC batch in one transaction (WAL, synchronous=FULL like the store). */
    private Timer baseline(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
                st.execute("CREATE TABLE department (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                        + "short_name TEXT, kind TEXT NOT NULL, demo INTEGER NOT NULL DEFAULT 0)");
            }
            Timer t = Timer.start(); // the inserts and the commit, like the floor; not the table's creation
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO department (id, code, name, short_name, kind, demo) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < revisions; i++) {
                    Department d = department(i);
                    ps.setString(1, d.id());
                    ps.setString(2, d.code());
                    ps.setString(3, d.name());
                    ps.setString(4, d.shortName());
                    ps.setString(5, d.kind().name());
                    ps.setInt(6, 0);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            return t.stop();
        }
    }
}
