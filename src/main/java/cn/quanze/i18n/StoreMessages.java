package cn.quanze.i18n;

import cn.quanze.store.StoreException;

/** The user-facing sentence for a classified database failure; shared by the CLI and the window. */
public final class StoreMessages {
    private StoreMessages() {
    }

    public static String describe(StoreException e) {
        return I18n.t("store.error." + e.kind().name(), e.getMessage());
    }
}
