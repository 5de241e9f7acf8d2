package cn.quanze.app;

import cn.quanze.core.db.StoreException;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.i18n.StoreMessages;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the window could not open, as a short Chinese sentence that names the missing piece and what to do (for
 * stderr and, where one can still be shown, a plain dialog), with the process exit code a script can test.
 */
public record StartupFailure(Kind kind, String message) {
    /** What went wrong, each with its exit code (never 0). */
    public enum Kind {
        /** No graphical display (no DISPLAY on Linux, a remote shell without X forwarding). */
        NO_DISPLAY(2),
        /** Linux without the GTK 3 library the JavaFX window needs. */
        NO_GTK(2),
        /** Another system library the window needs is not installed. */
        MISSING_LIBRARY(2),
        /** The JavaFX toolkit failed for another reason (graphics driver, pipeline). */
        TOOLKIT(2),
        /** The data directory cannot be created, read or written. */
        DATA_DIR(3),
        /** The data directory is open in another window or command. */
        IN_USE(3),
        /** The database cannot be opened (damaged, not ours, locked by another program). */
        DATABASE(4),
        /** Anything else: the details are in the log. */
        OTHER(1);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /** System libraries the window may miss on Linux, and the Debian/Ubuntu/UOS package that brings each. */
    private static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("libgtk-3.so.0", "libgtk-3-0"), Map.entry("libgdk-3.so.0", "libgtk-3-0"),
            Map.entry("libXtst.so.6", "libxtst6"), Map.entry("libXxf86vm.so.1", "libxxf86vm1"),
            Map.entry("libXrender.so.1", "libxrender1"), Map.entry("libXi.so.6", "libxi6"),
            Map.entry("libX11.so.6", "libx11-6"), Map.entry("libGL.so.1", "libgl1"),
            Map.entry("libfreetype.so.6", "libfreetype6"), Map.entry("libfontconfig.so.1", "libfontconfig1"),
            Map.entry("libpango-1.0.so.0", "libpango-1.0-0"), Map.entry("libcairo.so.2", "libcairo2"),
            Map.entry("libgthread-2.0.so.0", "libglib2.0-0"), Map.entry("libglib-2.0.so.0", "libglib2.0-0"));
    private static final Pattern SHARED_OBJECT = Pattern.compile("(lib[\\w.+-]+\\.so[\\d.]*): cannot open shared object");

    public int exitCode() {
        return kind.exitCode();
    }

    /**
     * Checked before anything starts (so nothing is created): on Linux and other X11 systems, a window needs a
     * display, which a shell without one (ssh without -X, a service) does not have.
     */
    public static Optional<StartupFailure> beforeToolkit(String osName, Map<String, String> env) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        boolean x11 = !os.contains("win") && !os.contains("mac");
        String display = env.get("DISPLAY");
        if (x11 && (display == null || display.isBlank())) {
            return Optional.of(new StartupFailure(Kind.NO_DISPLAY, I18n.t("startup.noDisplay")));
        }
        return Optional.empty();
    }

    /** The failure of starting the JavaFX toolkit (the window), in words. */
    public static StartupFailure ofToolkit(Throwable error) {
        String all = messages(error);
        if (all.contains("Unable to open DISPLAY") || all.contains("cannot open display")) {
            return new StartupFailure(Kind.NO_DISPLAY, I18n.t("startup.noDisplay"));
        }
        Matcher m = SHARED_OBJECT.matcher(all);
        if (m.find()) {
            String library = m.group(1);
            String pkg = PACKAGES.get(library);
            if ("libgtk-3-0".equals(pkg)) {
                return new StartupFailure(Kind.NO_GTK, I18n.t("startup.noGtk"));
            }
            return new StartupFailure(Kind.MISSING_LIBRARY, pkg == null
                    ? I18n.t("startup.missingLibrary", library)
                    : I18n.t("startup.missingLibrary.package", library, pkg));
        }
        if (all.contains("Unable to load glass GTK library") || all.contains("libgtk") || all.contains("glassgtk")
                || (all.contains("Internal Error") && fromGtkGlass(error))) {
            return new StartupFailure(Kind.NO_GTK, I18n.t("startup.noGtk"));
        }
        return new StartupFailure(Kind.TOOLKIT, I18n.t("startup.toolkit", technical(error)));
    }

    /** The failure of opening the data directory {@code dataDir} and its database, in words. */
    public static StartupFailure ofDataDir(Path dataDir, Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof StoreException se) {
                return switch (se.kind()) {
                    case IN_USE -> new StartupFailure(Kind.IN_USE, I18n.t("startup.inUse", dataDir));
                    case READ_ONLY, DISK_FULL -> new StartupFailure(Kind.DATA_DIR,
                            I18n.t("startup.dataDir", dataDir));
                    default -> new StartupFailure(Kind.DATABASE, StoreMessages.describe(se));
                };
            }
            if (c instanceof FileSystemException || c instanceof SecurityException) {
                return new StartupFailure(Kind.DATA_DIR, I18n.t("startup.dataDir", dataDir));
            }
        }
        return new StartupFailure(Kind.OTHER, I18n.t("startup.other", technical(error)));
    }

    /** The exception's type and message, for the one case where nothing better is known (and for the log). */
    private static String technical(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static String messages(Throwable error) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = error; c != null; c = c.getCause()) {
            sb.append(c.getClass().getName()).append(": ").append(c.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static boolean fromGtkGlass(Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause()) {
            for (StackTraceElement e : c.getStackTrace()) {
                if (e.getClassName().startsWith("com.sun.glass.ui.gtk")) {
                    return true;
                }
            }
        }
        return false;
    }
}
