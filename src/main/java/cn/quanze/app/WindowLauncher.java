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
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit and the window. The database opens (and logging starts) on a background thread in
 * parallel with the toolkit start-up, and the bundled font loads on the launching thread while the FX thread
 * applies the theme; a data directory in use or a broken database ends in a clear message, not a stack trace.
 * No logger is created before {@link Logging#configure} has pointed the log file at the data directory.
 */
public final class WindowLauncher {
    private WindowLauncher() {
    }

    public static void launch(Path dataDir, List<String> files) {
        StartupPhases phases = new StartupPhases();
        phases.mark("launch");
        Logging.configure(dataDir);
        CompletableFuture<Workbench> opening = CompletableFuture.supplyAsync(() -> {
            Workbench wb = Workbench.open(dataDir, Workbench::systemUser, Clock.systemDefaultZone());
            phases.mark("database");
            return wb;
        });
        boolean probe = Boolean.getBoolean("quanze.startupProbe");
        CompletableFuture<Void> fonts = new CompletableFuture<>();
        Platform.startup(() -> {
            phases.mark("toolkit");
            Theme.apply(false);
            phases.mark("theme");
            CompletableFuture.allOf(opening, fonts).whenComplete((ok, failed) -> Platform.runLater(() -> {
                if (failed != null) { // only the database can fail: the font falls back to the theme's
                    refuse(failed.getCause() == null ? failed : failed.getCause());
                    return;
                }
                Workbench wb = opening.join();
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
                    app.requireSignIn(() -> {
                        wb.close();
                        Platform.exit();
                    });
                }
                app.show(() -> shown(phases, stage, probe));
            }));
        });
        try {
            Theme.loadFonts();
            phases.mark("font");
        } finally {
            fonts.complete(null);
        }
    }

    /** Logs the start-up phases; under {@code -Dquanze.startupProbe=true} prints them and closes the window. */
    private static void shown(StartupPhases phases, Stage stage, boolean probe) {
        phases.mark("window");
        LoggerFactory.getLogger(WindowLauncher.class).info("start-up ms since process start: {}", phases.summary());
        if (probe) {
            Platform.runLater(() -> {
                System.out.println("QUANZE_SHOWN " + phases.summary());
                System.out.flush();
                stage.close();
            });
        }
    }

    private static void refuse(Throwable error) {
        LoggerFactory.getLogger(WindowLauncher.class).error("cannot open data directory", error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(I18n.t("app.title"));
        alert.setHeaderText(error instanceof StoreException se && se.kind() == StoreException.Kind.IN_USE
                ? I18n.t("app.inUse.header") : I18n.t("error.header"));
        alert.setContentText(ErrorPresenter.describe(error));
        alert.showAndWait();
        Platform.exit();
    }
}
