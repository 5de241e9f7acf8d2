package cn.quanze.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.db.Preferences;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Settings dialog, help overlay and refresh shortcut of the main window. */
class ShellTest extends WindowTest {
    @Test
    void fontSizeChosenInSettingsIsSavedAndApplied() throws Exception {
        openDemo();
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
        openDemo();
        press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#help-overlay").tryQuery().isPresent());
        assertThat(lookup("Ctrl+1 … Ctrl+7").tryQuery()).isPresent();
    }
}
