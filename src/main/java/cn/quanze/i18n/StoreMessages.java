package cn.quanze.i18n;

import cn.quanze.store.StoreException;
import cn.quanze.store.UserAccounts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The user-facing sentence for a classified database failure; shared by the CLI and the window. */
public final class StoreMessages {
    private StoreMessages() {
    }

    public static String describe(StoreException e) {
        return I18n.t("store.error." + e.kind().name(), e.getMessage());
    }

    /** The sentence for a sign-in that did not succeed. */
    public static String describe(UserAccounts.SignIn result) {
        if (result instanceof UserAccounts.SignIn.Locked l) {
            return I18n.t("login.locked", DateTimeFormatter.ofPattern("HH:mm").format(l.until().atZone(ZoneId.systemDefault())));
        }
        if (result instanceof UserAccounts.SignIn.Inactive) {
            return I18n.t("login.inactive");
        }
        if (result instanceof UserAccounts.SignIn.Wrong w) {
            return I18n.t("login.wrong", w.attemptsLeft());
        }
        return "";
    }

    /** The sentence for a refused change to a user account. */
    public static String describe(UserAccounts.Refused refused) {
        return I18n.t(refused.key(), refused.getMessage());
    }
}
