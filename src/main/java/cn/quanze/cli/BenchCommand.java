package cn.quanze.cli;

import cn.quanze.i18n.I18n;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quanze bench startup}: cold start to the main window shown on a demo database, against a bare JavaFX
 * window started the same way in the same run. Needs a display (Xvfb) or Monocle.
 */
@Command(name = "bench", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {
            BenchCommand.Startup.class,
            PowersBench.class,
            DutiesBenchCommand.class,
            SupervisionBench.class,
            SyncBenchCommand.class,
            BenchCasesCommand.class})
final class BenchCommand {
    @ParentCommand
    QuanzeCommand root;

    @Command(name = "startup", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Startup implements Callable<Integer> {
        @Option(names = "--runs", defaultValue = "5", descriptionKey = "bench.runs")
        int runs;

        @Override
        public Integer call() throws Exception {
            String jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            Path dir = Files.createTempDirectory("quanze-bench");
            run(List.of(java(), "-jar", jar, "--data-dir", dir.toString(), "init", "--office-code", "QU",
                    "--office-name", "示例区", "--level", "district", "--demo"), false);
            List<Long> app = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                bare.add(run(List.of(java(), "-cp", jar, "cn.quanze.app.BareWindow"), true));
                app.add(run(List.of(java(), "-Dquanze.startupProbe=true", "-jar", jar, "--data-dir", dir.toString()), true));
            }
            long a = median(app);
            long b = median(bare);
            System.out.println(I18n.t("bench.startup.result", runs, a, b, String.format("%.2f", (double) a / b)));
            return QuanzeCommand.OK;
        }

        private static String java() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }

        private static long median(List<Long> xs) {
            List<Long> s = new ArrayList<>(xs);
            Collections.sort(s);
            return s.get(s.size() / 2);
        }

        /** Runs a child JVM; with {@code untilShown}, the milliseconds until it prints the marker. */
        private static long run(List<String> cmd, boolean untilShown) throws Exception {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            long shown = -1;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (shown < 0 && line.contains("QUANZE_SHOWN")) {
                        shown = (System.nanoTime() - start) / 1_000_000;
                    }
                }
            }
            p.waitFor();
            if (untilShown && shown < 0) {
                throw new IllegalStateException("no window: " + String.join(" ", cmd));
            }
            return shown;
        }
    }
}
