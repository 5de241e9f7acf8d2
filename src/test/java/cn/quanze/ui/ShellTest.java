package cn.quanze.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.app.DesktopApp;
import cn.quanze.app.Workbench;
import cn.quanze.i18n.I18n;
import cn.quanze.store.Preferences;
import cn.quanze.ui.common.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Settings dialog, help overlay and refresh shortcut of the main window. */
class ShellTest extends FxRobot {
    @TempDir
    Path dir;
    private Workbench wb;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        if (wb != null) {
            wb.close();
        }
    }

    private void open() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        FxToolkit.setupFixture(() -> {
            Theme.loadFonts();
            stage = new Stage();
            new DesktopApp(wb, stage).show(null);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.isShowing());
    }

    @Test
    void fontSizeChosenInSettingsIsSavedAndApplied() throws Exception {
        open();
        clickOn("#status-settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#settings-font-size").tryQuery().isPresent());
        javafx.scene.control.Spinner<?> size = lookup("#settings-font-size").queryAs(javafx.scene.control.Spinner.class);
        interact(() -> {
            size.increment(4);
        });
        DialogPane pane = (DialogPane) size.getScene().getRoot();
        clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getRoot().getStyle().contains("18.0px"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new Preferences(wb.store(), wb.settings()).read().fontSize() == 18);
    }

    @Test
    void f1ShowsTheShortcuts() throws Exception {
        open();
        press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#help-overlay").tryQuery().isPresent());
        assertThat(lookup("Ctrl+1 … Ctrl+7").tryQuery()).isPresent();
    }
}
