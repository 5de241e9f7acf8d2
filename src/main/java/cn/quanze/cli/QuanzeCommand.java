package cn.quanze.cli;

import cn.quanze.wiring.AppPaths;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.i18n.StoreMessages;
import cn.quanze.core.db.StoreException;
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
            CasesCommand.class,
            UnitsCommand.class,
            PowersCommand.class,
            DutiesCommand.class,
            SupervisionCommand.class,
            ReportCommand.class,
            SyncCommand.class})
public final class QuanzeCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNAVAILABLE = 3;

    @Option(names = "--data-dir", descriptionKey = "option.dataDir", scope = CommandLine.ScopeType.INHERIT)
    Path dataDir;

    @Option(names = "--user", descriptionKey = "option.user", scope = CommandLine.ScopeType.INHERIT)
    String user;

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

    /**
     * Opens the data directory for a command, turning a locked or broken database into a message and exit 3.
     * With {@code --user} the command signs in (password from QUANZE_PASSWORD or asked on the console) and its
     * writes are checked against that user's role; without it the command runs as the named system user
     * {@code cli:<os user>}, which the audit log records.
     */
    public Workbench open() {
        cn.quanze.wiring.Logging.configure(dataDir());
        Workbench wb = Workbench.open(dataDir(), () -> "cli:" + Workbench.systemUser(), Clock.systemDefaultZone());
        if (user != null) {
            try {
                CliSignIn.signIn(wb, user);
            } catch (RuntimeException e) {
                wb.close();
                throw e;
            }
        }
        return wb;
    }

    public static CommandLine commandLine(BiConsumer<Path, List<String>> windowLauncher) {
        CommandLine cl = new CommandLine(new QuanzeCommand(windowLauncher));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof CliSignIn.Refused r) {
                line.getErr().println(r.getMessage());
                return FAILED;
            }
            if (ex instanceof StoreException se) {
                line.getErr().println(StoreMessages.describe(se));
                return UNAVAILABLE;
            }
            if (ex instanceof cn.quanze.org.domain.UnitRefused ur) {
                line.getErr().println(cn.quanze.org.OrgMessages.describe(ur));
                return FAILED;
            }
            if (ex instanceof cn.quanze.supervision.domain.TransitionRefused tr) {
                line.getErr().println(cn.quanze.supervision.SupervisionMessages.describe(tr));
                return FAILED;
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
