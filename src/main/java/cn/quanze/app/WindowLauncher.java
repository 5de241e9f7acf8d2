package cn.quanze.app;

import cn.quanze.i18n.I18n;
import cn.quanze.store.Backups;
import cn.quanze.store.DataDirLock;
import cn.quanze.store.StoreException;
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

    public static void launch(Path dataDir, List<String> files) {
        Logging.configure(dataDir);
        boolean probe = Boolean.getBoolean("quanze.startupProbe");
        CompletableFuture<Workbench> opening = openAsync(dataDir);
        Platform.startup(() -> {
            Theme.loadFonts();
            Theme.apply(false);
            whenOpen(dataDir, files, opening, probe);
        });
    }

    private static CompletableFuture<Workbench> openAsync(Path dataDir) {
        return CompletableFuture.supplyAsync(
                () -> Workbench.open(dataDir, Workbench::systemUser, Clock.systemDefaultZone()));
    }

    private static void whenOpen(Path dataDir, List<String> files, CompletableFuture<Workbench> opening,
                                 boolean probe) {
        opening.whenComplete((wb, error) -> Platform.runLater(() -> {
            if (error != null) {
                refuse(dataDir, files, error.getCause() == null ? error : error.getCause(), probe);
                return;
            }
            Stage stage = new Stage();
            stage.setOnHidden(e -> {
                wb.close();
                Platform.exit();
            });
            DesktopApp app = new DesktopApp(wb, stage);
            files.stream().filter(f -> f.toLowerCase(java.util.Locale.ROOT).endsWith(".qzb")).findFirst()
                    .map(java.nio.file.Path::of).ifPresent(app::openOnReady);
            if (!probe) {
                app.requireSignIn(() -> {
                    wb.close();
                    Platform.exit();
                });
            }
            app.show(probe ? () -> Platform.runLater(() -> {
                System.out.println("QUANZE_SHOWN");
                System.out.flush();
                stage.close();
            }) : null);
        }));
    }

    /**
     * A database that cannot be opened: a clear message; when it is damaged and an automatic backup exists,
     * the offer to restore the newest one (the damaged file is kept aside), then the app opens normally.
     */
    private static void refuse(Path dataDir, List<String> files, Throwable error, boolean probe) {
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
            Backups.restoreOffline(dataDir.resolve(AppPaths.DB_FILE), latest.get(), Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            refuse(dataDir, files, e, probe);
            return;
        }
        whenOpen(dataDir, files, openAsync(dataDir), probe);
    }
}
