package cn.quanze.app;

import cn.quanze.i18n.I18n;
import cn.quanze.store.StoreException;
import cn.quanze.ui.common.ErrorPresenter;
import cn.quanze.ui.common.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Alert;
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
        CompletableFuture<Workbench> opening = CompletableFuture.supplyAsync(
                () -> Workbench.open(dataDir, Workbench::systemUser, Clock.systemDefaultZone()));
        boolean probe = Boolean.getBoolean("quanze.startupProbe");
        Platform.startup(() -> {
            Theme.loadFonts();
            Theme.apply(false);
            opening.whenComplete((wb, error) -> Platform.runLater(() -> {
                if (error != null) {
                    refuse(error.getCause() == null ? error : error.getCause());
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
        });
    }

    private static void refuse(Throwable error) {
        LOG.error("cannot open data directory", error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(error instanceof StoreException se && se.kind() == StoreException.Kind.IN_USE
                ? I18n.t("app.inUse.header") : I18n.t("error.header"));
        alert.setContentText(ErrorPresenter.describe(error));
        alert.showAndWait();
        Platform.exit();
    }
}
