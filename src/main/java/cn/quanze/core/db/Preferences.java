package cn.quanze.core.db;

/**
 * Per-installation display preferences (theme, font size, language), kept as node settings and written through
 * the unit of work like every other change.
 */
public final class Preferences {
    public static final String THEME = "ui.theme";
    public static final String FONT_SIZE = "ui.fontSize";
    public static final String LANGUAGE = "ui.language";
    public static final int MIN_FONT = 12;
    public static final int MAX_FONT = 22;
    public static final int DEFAULT_FONT = 14;

    /** What the user chose; {@code language} is "zh" or "en". */
    public record Values(boolean dark, int fontSize, String language) {
        public Values {
            fontSize = Math.max(MIN_FONT, Math.min(MAX_FONT, fontSize));
            language = "en".equals(language) ? "en" : "zh";
        }
    }

    private final Store store;
    private final OfficeSettings settings;

    public Preferences(Store store, OfficeSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public Values read() {
        int size;
        try {
            size = Integer.parseInt(settings.get(FONT_SIZE).orElse(Integer.toString(DEFAULT_FONT)));
        } catch (NumberFormatException e) {
            size = DEFAULT_FONT;
        }
        return new Values("dark".equals(settings.get(THEME).orElse("light")), size, settings.get(LANGUAGE).orElse("zh"));
    }

    public void save(Values v) {
        store.run("preferences.save", uow -> {
            settings.set(uow, THEME, v.dark() ? "dark" : "light");
            settings.set(uow, FONT_SIZE, Integer.toString(v.fontSize()));
            settings.set(uow, LANGUAGE, v.language());
        });
    }
}
