package cn.quanze.wiring;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where data lives: {@code --data-dir}, else QUANZE_HOME, else the per-user data directory
 * (Windows %LOCALAPPDATA%\Quanze, elsewhere $XDG_DATA_HOME/quanze or ~/.local/share/quanze).
 */
public final class AppPaths {
    public static final String DB_FILE = "quanze.db";

    private AppPaths() {
    }

    public static Path resolveDataDir(Path option) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String home = System.getenv("QUANZE_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                return Path.of(local, "Quanze");
            }
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "quanze");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "quanze");
    }
}
