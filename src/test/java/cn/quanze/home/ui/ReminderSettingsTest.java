package cn.quanze.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.app.DesktopApp;
import cn.quanze.home.data.Reminders;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** 到期提醒 in the window: shown on start, remembered, stopped with the window; its settings page saves to the store. */
class ReminderSettingsTest extends DemoWindow {
    @Override
    DesktopApp configure(DesktopApp desktop) {
        return desktop.remindEvery(javafx.util.Duration.seconds(1));
    }

    @Test
    void startShowsWhatIsOverdueRemembersItAndTheTimerStopsWithTheWindow() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".notification-bar").tryQuery().isPresent());
        String text = lookup(".notification-bar .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Labeled::getText).reduce("", String::concat);
        assertThat(text).contains("到期提醒").contains("办件：新增预警").contains("督办事项：新增预警");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wb.settings().get(Reminders.ANNOUNCED).isPresent());
        // the timer keeps checking every second (the app: 30 minutes); nothing new means no second notification
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        assertThat(lookup(".notification-bar").queryAll()).hasSize(1);
        assertThat(app.reminderTimer().running()).isTrue();
        interact(stage::close);
        assertThat(app.reminderTimer().running()).isFalse();
    }

    @Test
    void reminderAndThresholdPagesSaveToTheStore() throws Exception {
        interact(() -> app.reminderTimer().stop()); // keep the corner free for the dialog
        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#settings-dialog").tryQuery().isPresent());
        TabPane tabs = lookup("#settings-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        clickOn("#settings-reminders-cases");
        Spinner<?> from = lookup("#settings-quiet-from").queryAs(Spinner.class);
        interact(() -> from.decrement(1)); // 22 → 21
        interact(() -> tabs.getSelectionModel().select(2));
        Spinner<?> days = lookup("#settings-supervision-days").queryAs(Spinner.class);
        interact(() -> days.increment(3)); // 5 → 8
        DialogPane pane = lookup("#settings-dialog").queryAs(DialogPane.class);
        Node ok = pane.lookupButton(ButtonType.OK);
        interact(() -> ((Button) ok).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> wb.thresholds().supervision().deadlineDays() == 8);
        Reminders.Settings saved = new Reminders(wb.store(), wb.settings(), cn.quanze.home.data.DashboardTest.registers(wb), wb.clock()).settings();
        assertThat(saved).isEqualTo(new Reminders.Settings(false, true, LocalTime.of(21, 0), LocalTime.of(7, 0)));
    }
}
