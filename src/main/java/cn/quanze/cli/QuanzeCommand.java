package cn.quanze.cli;

import cn.quanze.app.AppPaths;
import cn.quanze.app.Workbench;
import cn.quanze.i18n.I18n;
import cn.quanze.i18n.StoreMessages;
import cn.quanze.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quanze}: with no command opens the window; otherwise runs a command headless. */
@Command(name = "quanze", mixinStandardHelpOptions = true, versionProvider = QuanzeCommand.Version.class,
        resourceBundle = "i18n.cli", subcommands = {
            InitCommand.class,
            DbCommand.class,
            CalendarCommand.class,
            PowersCommand.class,
            BenchCommand.class})
public final class QuanzeCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNAVAILABLE = 3;

    @Option(names = "--data-dir", descriptionKey = "option.dataDir", scope = CommandLine.ScopeType.INHERIT)
    Path dataDir;

    @Parameters(arity = "0..1", descriptionKey = "param.file", paramLabel = "FILE")
    Path file;

    private final BiConsumer<Path, List<String>> windowLauncher;

    public QuanzeCommand(BiConsumer<Path, List<String>> windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    @Override
    public Integer call() {
        windowLauncher.accept(AppPaths.resolveDataDir(dataDir), file == null ? List.of() : List.of(file.toString()));
        return OK;
    }

    Path dataDir() {
        return AppPaths.resolveDataDir(dataDir);
    }

    /** Opens the data directory for a command, turning a locked or broken database into a message and exit 3. */
    Workbench open() {
        cn.quanze.app.Logging.configure(dataDir());
        return Workbench.open(dataDir(), () -> "cli:" + Workbench.systemUser(), Clock.systemDefaultZone());
    }

    public static CommandLine commandLine(BiConsumer<Path, List<String>> windowLauncher) {
        CommandLine cl = new CommandLine(new QuanzeCommand(windowLauncher));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof StoreException se) {
                line.getErr().println(StoreMessages.describe(se));
                return UNAVAILABLE;
            }
            line.getErr().println(I18n.t("cli.error", ex.getMessage()));
            return FAILED;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = QuanzeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"quanze " + (v == null ? "dev" : v)};
        }
    }
}
