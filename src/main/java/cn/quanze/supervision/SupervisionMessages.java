package cn.quanze.supervision;

import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.domain.TransitionRefused;
import java.util.Arrays;

/** Turns a refused action into its message: enum arguments become their labels, key arguments their text. */
public final class SupervisionMessages {
    private SupervisionMessages() {
    }

    public static String describe(TransitionRefused refused) {
        Object[] args = Arrays.stream(refused.args()).map(SupervisionMessages::label).toArray();
        return I18n.t(refused.key(), args);
    }

    private static Object label(Object arg) {
        if (arg instanceof TransitionRefused inner) {
            return describe(inner);
        }
        if (arg instanceof Enum<?> e) {
            return I18n.of(e);
        }
        if (arg instanceof String s && s.startsWith("supervision.")) {
            return I18n.t(s);
        }
        if (arg instanceof Number) {
            return arg;
        }
        return arg == null ? "—" : arg.toString();
    }
}
