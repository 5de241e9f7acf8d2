package cn.quanze.core.i18n;

import cn.quanze.core.db.StoreException;

/** The user-facing sentence for a classified database failure; shared by the CLI and the window. */
public final class StoreMessages {
    private StoreMessages() {
    }

    public static String describe(StoreException e) {
        return I18n.t("store.error." + e.kind().name(), detail(e));
    }

    /**
     * What goes in the sentence's brackets: the file, unit or record the refusal names, or for a failure SQLite
     * reported, its error code (SQLite's own English text stays in the log, never in front of the user).
     */
    static String detail(StoreException e) {
        if (e.sqliteCode() != 0) {
            return I18n.t("store.error.sqliteCode", e.sqliteCode());
        }
        return String.valueOf(e.getMessage());
    }
}
