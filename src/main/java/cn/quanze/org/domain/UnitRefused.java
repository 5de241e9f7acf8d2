package cn.quanze.org.domain;

import java.util.Arrays;

/**
 * A change to the units that the rules do not allow, with the message key (bundle {@code i18n.messages}) and the
 * arguments that say why; {@code cn.quanze.org.OrgMessages} turns it into the Chinese sentence.
 */
public final class UnitRefused extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public UnitRefused(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
