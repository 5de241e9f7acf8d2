package cn.quanze;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.bench.BulkGenerator;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, proven: a child JVM (same class path) imports generated batches through the unit of work
 * ({@code quanze bench generate}) and is killed with SIGKILL at a random moment, 40 times; a child importing a
 * partner's sync file ({@code quanze sync import}) 15 times (-Dkills=, -DsyncKills= change the counts). After
 * each kill the database must pass SQLite's integrity check and {@code db check} (change log, audit chain), and
 * every batch must be in the database completely or not at all, with every batch the child reported committed.
 */
class CrashSafetyTest {
    static final int KILLS = Integer.getInteger("kills", 40);
    static final int SYNC_KILLS = Integer.getInteger("syncKills", 15);
    static final int SYNC_REVISIONS = 3000;
    static final int SIZE = 40;
    private static final Pattern COMMITTED = Pattern.compile("batch (\\d+) committed");

    @TempDir
    Path dir;

    @Test
    void killedImportsLeaveAllOrNothingAndACleanDatabase() throws Exception {
        Path template = dir.resolve("template");
        try (Workbench wb = TestWorkbench.open(template)) {
            assertThat(wb.store().nodeId()).isNotBlank();
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<Future<String>> runs = new ArrayList<>();
        Random seeds = new Random(8);
        for (int run = 0; run < KILLS; run++) {
            int n = run;
            long seed = seeds.nextLong();
            runs.add(pool.submit(() -> {
                Path data = dir.resolve("run" + n);
                Files.createDirectories(data);
                Files.copy(template.resolve("quanze.db"), data.resolve("quanze.db"));
                int reported = killAtRandom(data, new Random(seed));
                return reported + "/" + verify(data, reported);
            }));
        }
        pool.shutdown();
        List<String> report = new ArrayList<>();
        for (Future<String> f : runs) {
            report.add(f.get(5, TimeUnit.MINUTES));
        }
        long killedMidImport = report.stream().filter(r -> !r.endsWith("/0")).count();
        assertThat(killedMidImport).as("kills that landed after some batches committed (reported/in db): %s", report)
                .isGreaterThanOrEqualTo(KILLS / 3);
        System.out.println("crash test (last reported batch / batches in db): " + report);
    }

    /**
     * The same for a sync import: a partner's file with {@value #SYNC_REVISIONS} revisions imported by
     * {@code quanze sync import} in a child JVM, killed at a random moment between start-up and the end of the
     * import. Afterwards the receiving database is clean and holds all of the file or none of it.
     */
    @Test
    void killedSyncImportsLeaveAllOrNothingAndACleanDatabase() throws Exception {
        Path template = dir.resolve("jd");
        Path file;
        try (Workbench from = TestWorkbench.open(dir.resolve("qu")); Workbench to = TestWorkbench.open(template)) {
            from.store().run("test", uow -> from.settings().saveIdentity(uow, "QU", "徐汇区", OfficeLevel.DISTRICT));
            to.store().run("test", uow -> to.settings().saveIdentity(uow, "JD01", "田林街道", OfficeLevel.SUBDISTRICT));
            from.sync().writeCard(dir.resolve("qu.card"));
            to.sync().writeCard(dir.resolve("jd.card"));
            from.sync().trust(from.sync().readCard(dir.resolve("jd.card")));
            to.sync().trust(to.sync().readCard(dir.resolve("qu.card")));
            new BulkGenerator(from.store(), 1).run("S", SYNC_REVISIONS / 50, 49, b -> { });
            file = dir.resolve(from.sync().nextFileName("JD01"));
            from.sync().export("JD01", false, file, n -> { });
        }
        Random random = new Random(11);
        List<String> report = new ArrayList<>();
        long full = timeSyncImport(template, file);
        for (int run = 0; run < SYNC_KILLS; run++) {
            Path data = dir.resolve("sync" + run);
            Files.createDirectories(data);
            Files.copy(template.resolve("quanze.db"), data.resolve("quanze.db"));
            boolean finished = killSyncImport(data, file, (int) (full * (0.5 + 0.6 * random.nextDouble())));
            try (Workbench wb = TestWorkbench.open(data)) {
                assertThat(wb.dbCheck().run()).as("db check after kill in %s", data).isEmpty();
                long powers = wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM power_item"));
                assertThat(powers).as("all of the file or none").isIn(0L, (long) SYNC_REVISIONS / 50 * 49);
                if (finished) {
                    assertThat(powers).isPositive();
                }
                report.add((finished ? "done/" : "killed/") + powers);
            }
        }
        System.out.println("sync crash test (whole import " + full + " ms; child state / power items after): " + report);
        assertThat(report).as("some kills landed before the import committed").anyMatch(r -> r.equals("killed/0"));
    }

    /** How long a whole {@code sync import} child takes on this machine (on a copy of the template). */
    private long timeSyncImport(Path template, Path file) throws Exception {
        Path data = dir.resolve("sync-timed");
        Files.createDirectories(data);
        Files.copy(template.resolve("quanze.db"), data.resolve("quanze.db"));
        long t0 = System.nanoTime();
        assertThat(killSyncImport(data, file, 120_000)).isTrue();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Runs {@code sync import} in a child JVM and kills it after {@code delayMs}; true when it finished first. */
    private static boolean killSyncImport(Path data, Path file, int delayMs) throws Exception {
        Process p = child(data, "sync", "import", file.toString()).start();
        Thread drain = new Thread(() -> {
            try {
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException ignored) {
                // killed
            }
        });
        drain.start();
        boolean finished = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
        if (!finished) {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } else {
            assertThat(p.exitValue()).isZero();
        }
        drain.join(5000);
        return finished;
    }

    private static ProcessBuilder child(Path data, String... command) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                // the bulk generator is a bench (its own source set): started through the benches' entry point
                command[0].equals("bench") ? "cn.quanze.bench.BenchMain" : "cn.quanze.Launcher",
                "--data-dir", data.toString()));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("QUANZE_LANG", "en");
        return pb;
    }

    /**
     * Starts the import and kills it at a random moment: in half the runs during the first batch (up to 400 ms
     * after the database opened), else a few milliseconds after a random batch committed, so the kill lands in
     * a transaction, in a commit or between two. Returns the last batch the child reported committed.
     */
    private static int killAtRandom(Path data, Random random) throws Exception {
        ProcessBuilder pb = child(data, "bench", "generate", "--batches", "100000", "--size", String.valueOf(SIZE),
                "--tag", "K");
        long t0 = System.nanoTime();
        Process p = pb.start();
        CountDownLatch ready = new CountDownLatch(1);
        AtomicInteger last = new AtomicInteger(-1);
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (Boolean.getBoolean("crash.debug")) {
                        System.err.println(System.nanoTime() / 1_000_000 + " CHILD " + line);
                    }
                    Matcher m = COMMITTED.matcher(line);
                    if (m.find()) {
                        last.set(Integer.parseInt(m.group(1)));
                    } else if (line.contains("import starts")) {
                        ready.countDown();
                    } else if (output.length() < 4000) {
                        output.append(line).append('\n');
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process was killed
            }
        });
        reader.start();
        assertThat(ready.await(60, TimeUnit.SECONDS)).as("child started: %s", output).isTrue();
        if (Boolean.getBoolean("crash.debug")) {
            System.err.println("READY after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
        if (random.nextBoolean()) {
            Thread.sleep(random.nextInt(400));
        } else {
            int after = random.nextInt(8);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (last.get() < after && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(40));
        }
        assertThat(p.isAlive()).as("child still importing: %s", output).isTrue();
        int reportedBeforeKill = last.get();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        assertThat(last.get()).isGreaterThanOrEqualTo(reportedBeforeKill);
        return last.get();
    }

    /** Opens the killed database as the app would and checks it; returns the number of batches in it. */
    private static int verify(Path data, int reported) {
        try (Workbench wb = TestWorkbench.open(data)) {
            assertThat(wb.dbCheck().run()).as("db check after kill in %s", data).isEmpty();
            List<Row> batches = wb.store().read(c -> Sql.rows(c, "SELECT d.code, COUNT(p.id) AS n FROM department d "
                    + "LEFT JOIN power_item p ON p.department_id = d.id GROUP BY d.id"));
            for (Row b : batches) {
                assertThat(b.lng("n")).as("batch %s complete", b.str("code")).isEqualTo(SIZE);
            }
            long revisions = wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM revision"));
            assertThat(revisions).isEqualTo((long) batches.size() * (SIZE + 1));
            assertThat(batches.size()).as("every reported commit survived").isBetween(reported + 1, reported + 2);
            return batches.size();
        }
    }
}
