package cn.quanze;

import cn.quanze.wiring.AppPaths;
import cn.quanze.app.WindowLauncher;
import cn.quanze.cli.QuanzeCommand;
import cn.quanze.core.i18n.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Entry point of quanze.jar: no command opens the window (a .qzb path argument is handed to it), a command runs
 * headless and exits with its code. Not a JavaFX Application subclass, so the shaded jar starts on a plain
 * class path.
 *
 * <p>Opening the window is the common case and is decided without building the command tree: picocli's model
 * of every command costs several hundred milliseconds of start-up (docs/benchmarks.md).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<WindowArgs> plain = WindowArgs.parse(args);
        if (plain.isPresent()) {
            openWindow(AppPaths.resolveDataDir(plain.get().dataDir()), plain.get().files());
            return;
        }
        I18n.followSystemLocale();
        AtomicBoolean window = new AtomicBoolean();
        int code = QuanzeCommand.commandLine((dataDir, files) -> {
            window.set(true);
            openWindow(dataDir, files);
        }).execute(args);
        if (!window.get() || code != 0) {
            System.exit(code);
        }
    }

    private static void openWindow(Path dataDir, List<String> files) {
        I18n.use(I18n.defaultLocale());
        Locale.setDefault(I18n.locale());
        WindowLauncher.launch(dataDir, files);
    }

    /** The arguments of a plain window start: at most {@code --data-dir DIR} and one existing .qzb file. */
    record WindowArgs(Path dataDir, List<String> files) {
        static Optional<WindowArgs> parse(String[] args) {
            Path dataDir = null;
            List<String> files = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--data-dir") && i + 1 < args.length && dataDir == null) {
                    dataDir = Path.of(args[++i]);
                } else if (a.startsWith("--data-dir=") && dataDir == null) {
                    dataDir = Path.of(a.substring("--data-dir=".length()));
                } else if (a.toLowerCase(Locale.ROOT).endsWith(".qzb") && files.isEmpty()) {
                    files.add(a);
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new WindowArgs(dataDir, List.copyOf(files)));
        }
    }
}
