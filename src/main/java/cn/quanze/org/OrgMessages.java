package cn.quanze.org;

import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.UnitReferences;
import cn.quanze.org.data.UserAccounts;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.org.domain.UnitRefused;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** The user-facing sentences of sign-in, account and unit changes; shared by the CLI and the window. */
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

    /** The sentence for a refused change to the units. */
    public static String describe(UnitRefused refused) {
        return I18n.t(refused.key(), Arrays.stream(refused.args()).map(OrgMessages::label).toArray());
    }

    /**
     * Why a name in a file found no single unit (empty for a match): unknown, only a retired unit has it, or the
     * units it could mean. {@code what} is the column, e.g. 实施主体.
     */
    public static String describe(UnitMatcher.Match match, String what) {
        if (match instanceof UnitMatcher.Ambiguous a) {
            return I18n.t("units.match.ambiguous", what, a.text(), a.candidates().stream()
                    .map(d -> I18n.t("units.match.candidate", d.name(), d.code())).collect(Collectors.joining("、")));
        }
        if (match instanceof UnitMatcher.Unknown u) {
            return u.retired().map(d -> I18n.t("units.match.retired", what, u.text(), d.name(), d.retiredOn()))
                    .orElseGet(() -> I18n.t("units.match.unknown", what, u.text()));
        }
        return "";
    }

    /** The unit as people name it in a message: 名称（编码）. */
    public static String name(Department d) {
        return I18n.t("units.match.candidate", d.name(), d.code());
    }

    private static Object label(Object arg) {
        if (arg instanceof UnitReferences.Reference r) {
            return I18n.t(r.labelKey());
        }
        if (arg instanceof Collection<?> c) {
            return c.stream().map(OrgMessages::label).map(String::valueOf).distinct().collect(Collectors.joining("、"));
        }
        if (arg instanceof String s && s.startsWith("units.ref.")) {
            return I18n.t(s);
        }
        return arg == null ? "—" : arg;
    }
}
