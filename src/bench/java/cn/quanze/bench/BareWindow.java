package cn.quanze.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline for {@code quanze bench startup}: a bare JavaFX window with one label, started the same
 * way as the workbench (same jar, same JVM flags), printing the same marker when shown.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("权责工作台"), 400, 200));
            stage.setOnShown(e -> Platform.runLater(() -> {
                System.out.println("QUANZE_SHOWN");
                System.out.flush();
                Platform.exit();
            }));
            stage.show();
        });
    }
}
