package cn.quanze.bench;

import cn.quanze.cli.QuanzeCommand;
import cn.quanze.core.i18n.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quanze bench startup}: cold start to the main window shown on a demo database, against a bare JavaFX
 * window started the same way in the same run. Needs a display (Xvfb) or Monocle. With {@code --launcher} the
 * workbench is started through a packaged image's launcher instead of {@code java -jar}.
 */
@Command(name = "bench", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {
            BenchCommand.Startup.class,
            BenchGenerate.class,
            PowersBench.class,
            DutiesBenchCommand.class,
            BenchCasesCommand.class,
            SupervisionBench.class,
            AssignBench.class,
            SyncBenchCommand.class,
            SearchBench.class})
final class BenchCommand {
    /** The day the generated registers are measured on (the demo data's "today"), for benches that need one. */
    static final java.time.Clock AS_OF = java.time.Clock.fixed(java.time.LocalDate.of(2026, 11, 22).atTime(9, 0)
            .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant(), java.time.ZoneId.of("Asia/Shanghai"));

    @ParentCommand
    QuanzeCommand root;

    @Command(name = "startup", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Startup implements Callable<Integer> {
        private static final String PROBE = "-Dquanze.startupProbe=true";

        @Option(names = "--runs", defaultValue = "5", descriptionKey = "bench.runs")
        int runs;

        @Option(names = "--launcher", descriptionKey = "bench.launcher")
        Path launcher;

        @Override
        public Integer call() throws Exception {
            // the product jar (as users start it) and the bench class path (BareWindow lives beside the benches)
            String jar = Path.of(cn.quanze.Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            String benchPath = System.getProperty("java.class.path");
            Path dir = Files.createTempDirectory("quanze-bench");
            StartupProbe.run(List.of(java(), "-jar", jar, "--data-dir", dir.toString(), "init", "--office-code", "QU",
                    "--office-name", "示例区", "--level", "district", "--demo"), Map.of(), false);
            List<String> app = launcher == null
                    ? List.of(java(), PROBE, "-jar", jar, "--data-dir", dir.toString())
                    : List.of(launcher.toAbsolutePath().toString(), "--data-dir", dir.toString());
            // a packaged launcher takes JVM options only from its .cfg file, so the probe flag goes by environment
            Map<String, String> env = launcher == null ? Map.of() : Map.of("JAVA_TOOL_OPTIONS", PROBE);
            StartupProbe.Series bare = new StartupProbe.Series();
            StartupProbe.Series workbench = new StartupProbe.Series();
            for (int i = 0; i < runs; i++) {
                bare.add(StartupProbe.run(List.of(java(), "-cp", benchPath, "cn.quanze.bench.BareWindow"), Map.of(), true));
                workbench.add(StartupProbe.run(app, env, true));
            }
            long a = workbench.medianMillis();
            long b = bare.medianMillis();
            System.out.println(I18n.t("bench.startup.result", runs, a, b, String.format("%.2f", (double) a / b)));
            System.out.println(I18n.t("bench.startup.memory", workbench.medianRssMb(), bare.medianRssMb()));
            System.out.println(I18n.t("bench.startup.cpu", workbench.medianCpuMillis(), bare.medianCpuMillis()));
            System.out.println(I18n.t("bench.startup.phases", workbench.medianPhases()));
            return QuanzeCommand.OK;
        }

        private static String java() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
