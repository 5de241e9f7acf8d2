package cn.quanze.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text from the resource bundle {@code i18n/messages} (Chinese is the base bundle, English in
 * {@code messages_en}). The locale is chosen once at start-up; every string shown to a user goes through here.
 */
public final class I18n {
    public static final String BUNDLE = "i18n.messages";
    private static volatile ResourceBundle bundle = load(defaultLocale());

    private I18n() {
    }

    /**
     * Chinese unless asked otherwise: the window follows the language setting (QUANZE_LANG or -Dquanze.lang);
     * the CLI calls {@link #followSystemLocale()} so that its messages match picocli's help.
     */
    public static Locale defaultLocale() {
        String forced = System.getProperty("quanze.lang", System.getenv("QUANZE_LANG"));
        if (forced != null && !forced.isBlank()) {
            return Locale.forLanguageTag(forced);
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** For the CLI: English when the system locale is English and no language is forced, else Chinese. */
    public static void followSystemLocale() {
        String forced = System.getProperty("quanze.lang", System.getenv("QUANZE_LANG"));
        Locale chosen = forced != null && !forced.isBlank() ? Locale.forLanguageTag(forced)
                : Locale.getDefault().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Locale.setDefault(chosen);
        use(chosen);
    }

    public static void use(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.SIMPLIFIED_CHINESE : bundle.getLocale();
    }

    private static ResourceBundle load(Locale locale) {
        Locale effective = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** Label of an enum constant: key {@code enum.SimpleName.CONSTANT}. */
    public static String of(Enum<?> value) {
        return value == null ? "" : t("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
