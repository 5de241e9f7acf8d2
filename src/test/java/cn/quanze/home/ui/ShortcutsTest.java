package cn.quanze.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.i18n.I18n;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+N opens the current pane's new-record form, Ctrl+S saves, and F1 lists both. */
class ShortcutsTest extends DemoWindow {

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlNOpensTheNewCaseForm() throws Exception {
        ctrl(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#deadlines-pane").tryQuery().isPresent());
        ctrl(KeyCode.N);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#case-dialog").tryQuery().isPresent());
        assertThat(lookup("#case-dialog").queryAs(DialogPane.class).getScene().getWindow().isShowing()).isTrue();
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void ctrlNThenCtrlSCreatesAUserOnTheUsersTab() throws Exception {
        ctrl(KeyCode.DIGIT7);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#admin-units").tryQuery().isPresent());
        interact(() -> lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(t -> t.getTabs().stream().filter(x -> "admin-tab-users".equals(x.getId()))
                        .map(x -> new Object[] {t, x}))
                .findFirst().ifPresent(p -> ((TabPane) p[0]).getSelectionModel().select((javafx.scene.control.Tab) p[1])));
        ctrl(KeyCode.N);
        clickOn("#users-login").write("wangfang");
        clickOn("#users-name").write("王芳");
        clickOn("#users-password").write("Clerk2026!");
        interact(() -> lookup("#users-unit").queryAs(javafx.scene.control.ComboBox.class).getSelectionModel().select(0));
        ctrl(KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wb.users().byLogin("wangfang").isPresent());
        assertThat(wb.users().byLogin("wangfang").orElseThrow().fullName()).isEqualTo("王芳");
    }

    @Test
    void f1ListsTheNewAndSaveShortcuts() throws Exception {
        press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#help-overlay").tryQuery().isPresent());
        var texts = lookup("#help-overlay .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).contains("Ctrl+N", "Ctrl+S", I18n.t("help.newRecord"), I18n.t("help.save"));
    }
}
