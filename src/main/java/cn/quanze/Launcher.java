package cn.quanze;

import cn.quanze.app.WindowLauncher;
import cn.quanze.cli.QuanzeCommand;
import cn.quanze.i18n.I18n;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Entry point of quanze.jar: no command opens the window (a .qzb path argument is handed to it), a command runs
 * headless and exits with its code. Not a JavaFX Application subclass, so the shaded jar starts on a plain
 * class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            I18n.followSystemLocale();
        }
        AtomicBoolean window = new AtomicBoolean();
        int code = QuanzeCommand.commandLine((dataDir, files) -> {
            window.set(true);
            I18n.use(I18n.defaultLocale());
            Locale.setDefault(I18n.locale());
            WindowLauncher.launch(dataDir, files);
        }).execute(args);
        if (!window.get() || code != 0) {
            System.exit(code);
        }
    }
}
