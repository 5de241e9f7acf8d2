package cn.quanze.org;

import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.UserAccounts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The user-facing sentences of sign-in and account changes; shared by the CLI and the window. */
public final class OrgMessages {
    private OrgMessages() {
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
