package cn.quanze.ui.settings;

import cn.quanze.store.Preferences;
import cn.quanze.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** 设置: theme, font size (for older eyes) and language; theme and font apply at once, language on restart. */
public final class SettingsViewModel {
    private final Preferences preferences;
    private final TaskRunner tasks;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final IntegerProperty fontSize = new SimpleIntegerProperty(Preferences.DEFAULT_FONT);
    private final StringProperty language = new SimpleStringProperty("zh");

    public SettingsViewModel(Preferences preferences, Preferences.Values current, TaskRunner tasks) {
        this.preferences = preferences;
        this.tasks = tasks;
        dark.set(current.dark());
        fontSize.set(current.fontSize());
        language.set(current.language());
    }

    public Preferences.Values values() {
        return new Preferences.Values(dark.get(), fontSize.get(), language.get());
    }

    /** Saves off the FX thread, then hands the saved values to {@code applied}. */
    public void save(Consumer<Preferences.Values> applied) {
        Preferences.Values v = values();
        tasks.run("settings.saving", () -> {
            preferences.save(v);
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
}
