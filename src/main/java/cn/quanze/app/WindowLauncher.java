package cn.quanze.app;

import cn.quanze.wiring.Logging;
import cn.quanze.wiring.AppPaths;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Backups;
import cn.quanze.core.db.DataDirLock;
import cn.quanze.core.db.StoreException;
import cn.quanze.ui.common.ErrorPresenter;
import cn.quanze.ui.common.Theme;
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
 * toolkit start-up; a data directory in use or a broken database ends in a clear message, not a stack trace.
 */
public final class WindowLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(WindowLauncher.class);

    private WindowLauncher() {
    }

    /**
     * The database opens on a background thread and the CJK font loads on the calling thread while the toolkit
     * starts; the window is built when both are ready. Each phase is timed (see docs/benchmarks.md).
     */
    public static void launch(Path dataDir, List<String> files) {
        StartupPhases phases = new StartupPhases();
        phases.mark("launch");
        Logging.configure(dataDir);
        boolean probe = Boolean.getBoolean("quanze.startupProbe");
        CompletableFuture<Workbench> opening = openAsync(dataDir, phases);
        CompletableFuture<Void> fonts = new CompletableFuture<>();
        Platform.startup(() -> {
            phases.mark("toolkit");
            Theme.apply(false);
            phases.mark("theme");
            fonts.whenComplete((ok, failed) -> whenOpen(dataDir, files, opening, probe, phases));
        });
        try {
            Theme.loadFonts();
            phases.mark("font");
        } finally {
            fonts.complete(null);
        }
    }

    private static CompletableFuture<Workbench> openAsync(Path dataDir, StartupPhases phases) {
        return CompletableFuture.supplyAsync(() -> {
            Workbench wb = Workbench.open(dataDir, Workbench::systemUser, Clock.systemDefaultZone());
            phases.mark("database");
            return wb;
        });
    }

    private static void whenOpen(Path dataDir, List<String> files, CompletableFuture<Workbench> opening,
                                 boolean probe, StartupPhases phases) {
        opening.whenComplete((wb, error) -> Platform.runLater(() -> {
            if (error != null) {
                refuse(dataDir, files, error.getCause() == null ? error : error.getCause(), probe, phases);
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
     * A database that cannot be opened: a clear message; when it is damaged and an automatic backup exists,
     * the offer to restore the newest one (the damaged file is kept aside), then the app opens normally.
     */
    private static void refuse(Path dataDir, List<String> files, Throwable error, boolean probe, StartupPhases phases) {
        LOG.error("cannot open data directory", error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(error instanceof StoreException se && se.kind() == StoreException.Kind.IN_USE
                ? I18n.t("app.inUse.header") : I18n.t("error.header"));
        alert.setContentText(ErrorPresenter.describe(error));
        Optional<Path> latest = error instanceof StoreException se && se.kind() == StoreException.Kind.CORRUPT
                ? Backups.latest(dataDir.resolve("backups")) : Optional.empty();
        ButtonType restore = new ButtonType(I18n.t("app.restoreLatest"), ButtonBar.ButtonData.OK_DONE);
        if (latest.isPresent()) {
            alert.getButtonTypes().setAll(restore, new ButtonType(I18n.t("app.quit"), ButtonBar.ButtonData.CANCEL_CLOSE));
            alert.setContentText(ErrorPresenter.describe(error) + "\n\n" + I18n.t("app.restoreLatest.offer",
                    latest.get().getFileName()));
        }
        if (alert.showAndWait().filter(b -> b == restore).isEmpty()) {
            Platform.exit();
            return;
        }
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            Backups.restoreOffline(dataDir.resolve(AppPaths.DB_FILE), latest.get(), Clock.systemDefaultZone(),
                    cn.quanze.wiring.ProductSchema.create());
        } catch (RuntimeException e) {
            refuse(dataDir, files, e, probe, phases);
            return;
        }
        whenOpen(dataDir, files, openAsync(dataDir, phases), probe, phases);
    }
}
