package cn.quanze.bench;

import cn.quanze.cli.QuanzeCommand;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Ids;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.powers.files.PowerColumns;
import cn.quanze.powers.files.PowerExport;
import cn.quanze.powers.files.PowerImport;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.core.files.SheetData;
import cn.quanze.core.files.StreamingWorkbookReader;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quanze bench powers}: imports a generated workbook through the real import (streaming read, validation,
 * matching, unit of work with change log and audit) against POI's streaming read plus a bare JDBC batch insert of
 * the same rows in the same run; then times search over a large list against the bare FTS5 query.
 */
@Command(name = "powers", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class PowersBench implements Callable<Integer> {
    private static final String[] OBJECTS = {"食品经营", "建设工程", "户外广告", "排污", "危险化学品", "娱乐场所", "道路挖掘",
        "社会团体", "劳务派遣", "民办学校", "医疗机构", "药品零售", "犬只", "燃气经营", "殡葬服务", "养老机构", "网吧", "出租汽车"};
    private static final String[] ACTIONS = {"许可", "备案", "登记", "监督检查", "违法行为的处罚", "设施的查封", "年度核验"};
    private static final String[] LAWS = {"《中华人民共和国行政许可法》", "《中华人民共和国行政处罚法》", "《中华人民共和国食品安全法》",
        "《城市市容和环境卫生管理条例》", "《上海市户外广告设施管理办法》", "《中华人民共和国大气污染防治法》"};

    @Option(names = "--rows", defaultValue = "10000", descriptionKey = "bench.powers.rows")
    int rows;

    @Option(names = "--search-items", defaultValue = "100000", descriptionKey = "bench.powers.searchItems")
    int searchItems;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("quanze-bench-powers");
        round(dir.resolve("warm-up"), 500);
        long[] ms = round(dir.resolve("measured"), rows);
        System.out.println(I18n.t("bench.powers.import", rows, ms[0], ms[1], ratio(ms[0], ms[1])));
        searchBench(dir.resolve("search"));
        return QuanzeCommand.OK;
    }

    /** One import of a generated n-row workbook and the baseline on the same rows: milliseconds of each. */
    private static long[] round(Path dir, int n) throws Exception {
        Files.createDirectories(dir);
        Path book = dir.resolve("powers-" + n + ".xlsx");
        long importMs;
        try (Workbench wb = fresh(dir.resolve("app"))) {
            List<PowerItem> items = generate(n, wb.departments().all(), new Random(7));
            PowerExport.full(book, items, wb.departments().all());
            long t0 = System.nanoTime();
            PowerImport.Report r = wb.powerImport().importFile(book, new PowerImport.Options(false, false),
                    ReadProgress.NONE);
            importMs = (System.nanoTime() - t0) / 1_000_000;
            if (r.imported() != n) {
                throw new IllegalStateException("imported " + r.summary());
            }
        }
        List<Department> depts;
        Path db;
        try (Workbench wb = fresh(dir.resolve("bare"))) {
            depts = wb.departments().all();
            db = wb.store().file();
        }
        long t0 = System.nanoTime();
        bareInsert(db, StreamingWorkbookReader.read(book, ReadProgress.NONE).get(0), depts);
        return new long[] {importMs, (System.nanoTime() - t0) / 1_000_000};
    }

    private static Workbench fresh(Path dir) {
        Workbench wb = Workbench.open(dir, () -> "bench", Clock.systemDefaultZone());
        wb.demoData().loadDepartments(); // units only: the demo's cases and duties would pin the demo power items
        return wb;
    }

    /** The baseline: the rows as POI streamed them, written by one JDBC batch with no change log. */
    private static void bareInsert(Path db, SheetData sheet, List<Department> depts) throws Exception {
        Map<String, String> deptIds = new HashMap<>();
        depts.forEach(d -> deptIds.put(d.name(), d.id()));
        int code = PowerColumns.LAYOUT.indexOf(PowerColumns.CODE);
        int name = PowerColumns.LAYOUT.indexOf(PowerColumns.NAME);
        int type = PowerColumns.LAYOUT.indexOf(PowerColumns.TYPE);
        int dept = PowerColumns.LAYOUT.indexOf(PowerColumns.DEPARTMENT);
        int bases = PowerColumns.LAYOUT.indexOf(PowerColumns.BASES);
        int legal = PowerColumns.LAYOUT.indexOf(PowerColumns.LEGAL_LIMIT);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO power_item (id, code, name, type, department_id, "
                    + "level, legal_limit_days, bases, status, demo) VALUES (?, ?, ?, ?, ?, 'DISTRICT', ?, ?, 'ACTIVE', 0)")) {
                for (int r = 1; r < sheet.rows().size(); r++) {
                    ps.setString(1, Ids.newId());
                    ps.setString(2, sheet.cell(r, code));
                    ps.setString(3, sheet.cell(r, name));
                    ps.setString(4, PowerType.fromOfficialName(sheet.cell(r, type)).orElseThrow().name());
                    ps.setString(5, deptIds.get(sheet.cell(r, dept)));
                    ps.setObject(6, sheet.cell(r, legal).isEmpty() ? null : Integer.valueOf(sheet.cell(r, legal)));
                    ps.setString(7, Json.listColumn(PowerColumns.parseBases(sheet.cell(r, bases))));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private void searchBench(Path dir) throws Exception {
        try (Workbench wb = fresh(dir)) {
            Path db = wb.store().file();
            List<PowerItem> items = generate(searchItems, wb.departments().all(), new Random(11));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO power_item (id, code, name, type, "
                        + "department_id, level, bases, status, demo) VALUES (?, ?, ?, ?, ?, 'DISTRICT', ?, 'ACTIVE', 0)")) {
                    for (PowerItem p : items) {
                        ps.setString(1, p.id());
                        ps.setString(2, p.code());
                        ps.setString(3, p.name());
                        ps.setString(4, p.type().name());
                        ps.setString(5, p.departmentId());
                        ps.setString(6, Json.listColumn(p.bases()));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            }
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            List<PowerItem> loaded = wb.powers().all();
            System.gc();
            long heapMb = (rt.totalMemory() - rt.freeMemory() - before) / (1024 * 1024);
            for (String q : List.of("户外广告设施", "食品经营许可", "行政处罚法", "SCJ-0004", "犬只")) {
                long app = median(() -> wb.powers().searchIds(q));
                long bare = median(() -> bareSearch(db, q));
                int hits = wb.powers().searchIds(q).size();
                System.out.println(I18n.t("bench.powers.search", loaded.size(), q, hits, app / 1000.0, bare / 1000.0,
                        ratio(app, bare)));
            }
            System.out.println(I18n.t("bench.powers.memory", loaded.size(), heapMb));
        }
    }

    private static List<String> bareSearch(Path db, String q) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement(q.length() >= 3
                     ? "SELECT rowid FROM power_search WHERE power_search MATCH ?"
                     : "SELECT rowid FROM power_search WHERE body LIKE ?")) {
            ps.setString(1, q.length() >= 3 ? "\"" + q + "\"" : "%" + q + "%");
            List<String> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** Median of 15 timed runs after 3 warm-ups, in microseconds. */
    private static long median(Callable<?> work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.call();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            work.call();
            times.add((System.nanoTime() - t) / 1000);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static String ratio(long a, long b) {
        return String.format("%.2f", (double) a / Math.max(1, b));
    }

    static List<PowerItem> generate(int n, List<Department> depts, Random rnd) {
        List<Department> bodies = depts.stream().filter(d -> d.code().length() <= 5).toList();
        List<PowerItem> out = new ArrayList<>(n);
        PowerType[] types = PowerType.values();
        for (int i = 0; i < n; i++) {
            Department d = bodies.get(rnd.nextInt(bodies.size()));
            PowerType t = types[rnd.nextInt(types.length)];
            String name = "对" + OBJECTS[rnd.nextInt(OBJECTS.length)] + ACTIONS[rnd.nextInt(ACTIONS.length)] + "（" + (i + 1)
                    + "）";
            String law = LAWS[rnd.nextInt(LAWS.length)];
            Integer legal = rnd.nextInt(4) == 0 ? null : 5 + rnd.nextInt(40);
            out.add(new PowerItem(Ids.newId(), "BM-" + d.code() + "-" + String.format("%05d", i), name, t, null, d.id(),
                    d.shortName() + "业务科", null, legal, legal == null ? null : Math.max(1, legal / 2), null,
                    List.of(new PowerItem.LegalBasis(law, "第" + (1 + rnd.nextInt(80)) + "条",
                            "有关" + OBJECTS[rnd.nextInt(OBJECTS.length)] + "的规定，由" + d.name() + "依法实施。")),
                    null, List.of(new PowerItem.ProcessStep("受理", "窗口受理岗", 1), new PowerItem.ProcessStep("审查",
                            "业务审核岗", 2)), null, cn.quanze.powers.domain.PowerStatus.ACTIVE, null, false));
        }
        return out;
    }
}
