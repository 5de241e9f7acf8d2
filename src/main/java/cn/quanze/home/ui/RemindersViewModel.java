package cn.quanze.home.ui;

import cn.quanze.core.domain.Light;
import cn.quanze.core.i18n.I18n;
import cn.quanze.home.data.Reminders;
import cn.quanze.supervision.domain.LightReason;
import cn.quanze.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * 到期提醒: asks the store, off the JavaFX thread, what turned yellow or red since the last reminder and turns it
 * into the notification's text ({@link #reminderProperty()} is set to a new value each time there is news).
 */
public final class RemindersViewModel {
    /** One notification to show. */
    public record Reminder(String text) {
    }

    private final Reminders reminders;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<Reminder> reminder = new ReadOnlyObjectWrapper<>();

    public RemindersViewModel(Reminders reminders, TaskExecutor tasks) {
        this.reminders = reminders;
        this.tasks = tasks;
    }

    public void check() {
        tasks.run("reminders.checking", reminders::check, news -> news.ifPresent(n -> reminder.set(new Reminder(text(n)))));
    }

    static String text(Reminders.News n) {
        List<String> lines = new ArrayList<>();
        long cy = n.count(Reminders.Kind.CASE, Light.YELLOW);
        long cr = n.count(Reminders.Kind.CASE, Light.RED);
        long sy = n.count(Reminders.Kind.SUPERVISION, Light.YELLOW);
        long sr = n.count(Reminders.Kind.SUPERVISION, Light.RED);
        long overdue = n.count(LightReason.OVERDUE);
        long feedback = n.count(LightReason.FEEDBACK_OVERDUE);
        if (cy + cr > 0) {
            lines.add(I18n.t("reminders.cases", cy, cr));
        }
        if (sy + sr > 0) {
            lines.add(I18n.t("reminders.supervision", sy, overdue, feedback));
        }
        for (Reminders.Turned t : n.first()) {
            lines.add(I18n.t("reminders.line", t.number(), t.title(),
                    t.reasons().isEmpty() ? I18n.of(t.light()) : reasons(t.reasons())));
        }
        if (n.turned().size() > n.first().size()) {
            lines.add(I18n.t("reminders.more", n.turned().size() - n.first().size()));
        }
        return String.join("\n", lines);
    }

    static String reasons(List<LightReason> reasons) {
        return String.join("、", reasons.stream().map(I18n::of).toList());
    }

    /** The latest reminder (a new object each time, so listeners fire even for the same text). */
    public ReadOnlyObjectProperty<Reminder> reminderProperty() {
        return reminder.getReadOnlyProperty();
    }
}
