package cn.quanze.admin.ui;

import cn.quanze.cases.domain.LightThresholds;
import cn.quanze.supervision.domain.SupervisionThresholds;
import cn.quanze.core.db.Preferences;
import cn.quanze.home.data.Reminders;
import cn.quanze.home.data.WarningThresholds;
import cn.quanze.ui.common.TaskExecutor;
import java.time.LocalTime;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 设置: theme, font size (for older eyes) and language (theme and font apply at once, language on restart); 到期提醒
 * (which kinds, quiet hours in whole hours); 预警阈值 (when cases and supervision items turn yellow, when a sync
 * partner counts as not heard from).
 */
public final class SettingsViewModel {
    /** What the dialog edits, read together off the JavaFX thread. */
    public record Current(Preferences.Values display, Reminders.Settings reminders, WarningThresholds.Values thresholds) {
    }

    /** Where the settings are kept. */
    public record Sources(Preferences preferences, Reminders reminders, WarningThresholds thresholds) {
        public Current read() {
            return new Current(preferences.read(), reminders.settings(), thresholds.read());
        }
    }

    private final Sources sources;
    private final TaskExecutor tasks;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final IntegerProperty fontSize = new SimpleIntegerProperty(Preferences.DEFAULT_FONT);
    private final StringProperty language = new SimpleStringProperty("zh");
    private final BooleanProperty remindCases = new SimpleBooleanProperty();
    private final BooleanProperty remindSupervision = new SimpleBooleanProperty();
    private final IntegerProperty quietFrom = new SimpleIntegerProperty();
    private final IntegerProperty quietTo = new SimpleIntegerProperty();
    private final IntegerProperty caseDays = new SimpleIntegerProperty();
    private final IntegerProperty casePercent = new SimpleIntegerProperty();
    private final IntegerProperty supervisionDays = new SimpleIntegerProperty();
    private final IntegerProperty feedbackDays = new SimpleIntegerProperty();
    private final IntegerProperty partnerDays = new SimpleIntegerProperty();

    public SettingsViewModel(Sources sources, Current current, TaskExecutor tasks) {
        this.sources = sources;
        this.tasks = tasks;
        dark.set(current.display().dark());
        fontSize.set(current.display().fontSize());
        language.set(current.display().language());
        remindCases.set(current.reminders().cases());
        remindSupervision.set(current.reminders().supervision());
        quietFrom.set(current.reminders().quietFrom().getHour());
        quietTo.set(current.reminders().quietTo().getHour());
        caseDays.set(current.thresholds().cases().daysLeft());
        casePercent.set(current.thresholds().cases().percentUsed());
        supervisionDays.set(current.thresholds().supervision().deadlineDays());
        feedbackDays.set(current.thresholds().supervision().feedbackDays());
        partnerDays.set(current.thresholds().partnerDays());
    }

    public Preferences.Values values() {
        return new Preferences.Values(dark.get(), fontSize.get(), language.get());
    }

    public Reminders.Settings reminders() {
        return new Reminders.Settings(remindCases.get(), remindSupervision.get(), LocalTime.of(quietFrom.get(), 0),
                LocalTime.of(quietTo.get(), 0));
    }

    public WarningThresholds.Values thresholds() {
        return new WarningThresholds.Values(new LightThresholds(caseDays.get(), casePercent.get()),
                new SupervisionThresholds(supervisionDays.get(), feedbackDays.get()), partnerDays.get());
    }

    /** Saves off the FX thread, then hands the saved display values to {@code applied}. */
    public void save(Consumer<Preferences.Values> applied) {
        Preferences.Values v = values();
        Reminders.Settings r = reminders();
        WarningThresholds.Values t = thresholds();
        tasks.run("settings.saving", () -> {
            sources.preferences().save(v);
            sources.reminders().save(r);
            sources.thresholds().save(t);
            return v;
        }, applied);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public BooleanProperty remindCasesProperty() {
        return remindCases;
    }

    public BooleanProperty remindSupervisionProperty() {
        return remindSupervision;
    }

    /** Start of the quiet hours (hour of day); equal to {@link #quietToProperty()} means none. */
    public IntegerProperty quietFromProperty() {
        return quietFrom;
    }

    public IntegerProperty quietToProperty() {
        return quietTo;
    }

    public IntegerProperty caseDaysProperty() {
        return caseDays;
    }

    public IntegerProperty casePercentProperty() {
        return casePercent;
    }

    public IntegerProperty supervisionDaysProperty() {
        return supervisionDays;
    }

    public IntegerProperty feedbackDaysProperty() {
        return feedbackDays;
    }

    public IntegerProperty partnerDaysProperty() {
        return partnerDays;
    }
}
