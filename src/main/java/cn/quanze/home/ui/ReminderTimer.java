package cn.quanze.home.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.Notices;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Runs the 到期提醒 check when started and then every {@code interval} (30 minutes in the app), and shows what is
 * new as a notification in the window's corner; a click on it opens 首页. The check itself runs off the JavaFX
 * thread ({@link RemindersViewModel}); {@link #stop()} ends the timer (the window calls it when it closes).
 */
public final class ReminderTimer {
    public static final Duration EVERY = Duration.minutes(30);
    private final RemindersViewModel vm;
    private final Timeline timeline;

    public ReminderTimer(RemindersViewModel vm, Duration interval, Supplier<Window> owner, Runnable openHome) {
        this.vm = vm;
        this.timeline = new Timeline(new KeyFrame(interval, e -> vm.check()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        vm.reminderProperty().addListener((o, a, r) -> {
            if (r != null) {
                Notices.warn(owner.get(), I18n.t("reminders.title"), r.text(), Duration.seconds(20), openHome);
            }
        });
    }

    public void start() {
        vm.check();
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    public boolean running() {
        return timeline.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }
}
