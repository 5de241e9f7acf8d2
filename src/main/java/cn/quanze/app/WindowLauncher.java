package cn.quanze.app;

import cn.quanze.core.db.Backups;
import cn.quanze.core.db.DataDirLock;
import cn.quanze.core.db.StoreException;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.Theme;
import cn.quanze.wiring.AppPaths;
import cn.quanze.wiring.DataDirGuard;
import cn.quanze.wiring.Logging;
import cn.quanze.wiring.Workbench;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit and the window. The database opens on a background thread in parallel with the
 * toolkit start-up. A start that fails before the window (no display, no GTK 3, a toolkit error, a data directory
 * that cannot be used or is in use, a broken database) ends with a short Chinese sentence on stderr that names what
 * is missing and what to install or do, in a plain dialog where one can still be shown, a non-zero exit code
 * ({@link StartupFailure.Kind}), and the data directory as it was found ({@link DataDirGuard}).
 */
public final class WindowLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(WindowLauncher.class);

    /** Starts the JavaFX toolkit, running {@code ready} on its thread once it is up; throws when it cannot start. */
    @FunctionalInterface
    interface Toolkit {
        void startup(Runnable ready);
    }

    private WindowLauncher() {
    }

    /**
     * The database opens on a background thread and the CJK font loads on the calling thread while the toolkit
     * starts; the window is built when both are ready. Each phase is timed (see docs/benchmarks.md).
     */
    public static void launch(Path dataDir, List<String> files) {
        Optional<StartupFailure> early = StartupFailure.beforeToolkit(System.getProperty("os.name"), System.getenv());
        if (early.isPresent()) {
            exit(early.get(), false);
            return;
        }
        Logging.configure(dataDir);
        start(dataDir, files, Platform::startup).ifPresent(f -> exit(f, true));
    }

    /**
     * Opens the database and starts the toolkit; empty when the toolkit is up (the window follows on its thread),
     * else why it could not start, the workbench closed and the data directory as it was found.
     */
    static Optional<StartupFailure> start(Path dataDir, List<String> files, Toolkit toolkit) {
        StartupPhases phases = new StartupPhases();
        phases.mark("launch");
        boolean probe = Boolean.getBoolean("quanze.startupProbe");
        DataDirGuard guard = DataDirGuard.before(dataDir);
        CompletableFuture<Workbench> opening = openAsync(dataDir, phases);
        CompletableFuture<Void> fonts = new CompletableFuture<>();
        try {
            toolkit.startup(() -> {
                phases.mark("toolkit");
                Theme.apply(false);
                phases.mark("theme");
                fonts.whenComplete((ok, failed) -> whenOpen(dataDir, files, opening, probe, phases, guard));
            });
        } catch (RuntimeException | LinkageError e) {
            LOG.error("the JavaFX toolkit did not start", e);
            guard.abandon(opening);
            return Optional.of(StartupFailure.ofToolkit(e));
        }
        try {
            Theme.loadFonts();
            phases.mark("font");
        } finally {
            fonts.complete(null);
        }
        return Optional.empty();
    }

    private static CompletableFuture<Workbench> openAsync(Path dataDir, StartupPhases phases) {
        return CompletableFuture.supplyAsync(() -> {
            Workbench wb = Workbench.open(dataDir, Workbench::systemUser, Clock.systemDefaultZone());
            phases.mark("database");
            return wb;
        });
    }

    private static void whenOpen(Path dataDir, List<String> files, CompletableFuture<Workbench> opening,
                                 boolean probe, StartupPhases phases, DataDirGuard guard) {
        opening.whenComplete((wb, error) -> Platform.runLater(() -> {
            if (error != null) {
                refuse(dataDir, files, error.getCause() == null ? error : error.getCause(), probe, phases, guard);
                return;
            }
            Stage stage = new Stage();
            stage.getIcons().addAll(Theme.appIcons());
            stage.setOnHidden(e -> {
                wb.close();
                Platform.exit();
            });
            DesktopApp app = new DesktopApp(wb, stage);
            files.stream().filter(f -> f.toLowerCase(java.util.Locale.ROOT).endsWith(".qzb")).findFirst()
                    .map(java.nio.file.Path::of).ifPresent(app::openOnReady);
            if (!probe) {
                app.remindEvery(cn.quanze.home.ui.ReminderTimer.EVERY);
                app.requireSignIn(() -> {
                    wb.close();
                    Platform.exit();
                });
            }
            app.show(() -> shown(phases, stage, probe));
        }));
    }

    /** Logs the start-up phases; under {@code -Dquanze.startupProbe=true} prints them and closes the window. */
    private static void shown(StartupPhases phases, Stage stage, boolean probe) {
        phases.mark("window");
        LOG.info("start-up ms since process start: {}", phases.summary());
        if (probe) {
            Platform.runLater(() -> {
                System.out.println("QUANZE_SHOWN " + phases.summary());
                System.out.flush();
                stage.close();
            });
        }
    }

    /**
     * A database that cannot be opened: the sentence in a dialog (the toolkit is up) and on stderr, then a non-zero
     * exit with the data directory as it was found; when the database is damaged and an automatic backup exists,
     * the offer to restore the newest one (the damaged file is kept aside), then the app opens normally.
     */
    private static void refuse(Path dataDir, List<String> files, Throwable error, boolean probe, StartupPhases phases,
                               DataDirGuard guard) {
        LOG.error("cannot open data directory", error);
        StartupFailure failure = StartupFailure.ofDataDir(dataDir, error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(failure.kind() == StartupFailure.Kind.IN_USE ? I18n.t("app.inUse.header")
                : I18n.t("error.header"));
        alert.setContentText(failure.message());
        Optional<Path> latest = error instanceof StoreException se && se.kind() == StoreException.Kind.CORRUPT
                ? Backups.latest(dataDir.resolve("backups")) : Optional.empty();
        ButtonType restore = new ButtonType(I18n.t("app.restoreLatest"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(I18n.t("app.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(quit);
        if (latest.isPresent()) {
            alert.getButtonTypes().setAll(restore, quit);
            alert.setContentText(failure.message() + "\n\n" + I18n.t("app.restoreLatest.offer",
                    latest.get().getFileName()));
        }
        if (alert.showAndWait().filter(b -> b == restore).isEmpty()) {
            guard.abandon(CompletableFuture.completedFuture(null));
            Platform.exit();
            exit(failure, false);
            return;
        }
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            Backups.restoreOffline(dataDir.resolve(AppPaths.DB_FILE), latest.get(), Clock.systemDefaultZone(),
                    cn.quanze.wiring.ProductSchema.create());
        } catch (RuntimeException e) {
            refuse(dataDir, files, e, probe, phases, guard);
            return;
        }
        whenOpen(dataDir, files, openAsync(dataDir, phases), probe, phases, guard);
    }

    /** The sentence on stderr (and in a plain dialog when asked and one can be shown), then the exit code. */
    private static void exit(StartupFailure failure, boolean dialog) {
        System.err.println(failure.message());
        System.err.flush();
        if (dialog) {
            PlainDialog.show(I18n.t("app.title"), failure.message());
        }
        System.exit(failure.exitCode());
    }
}
