package cn.quanze.supervision.domain;

import java.util.Arrays;

/**
 * An action the rules do not allow, with the message key (bundle {@code i18n.messages}) and arguments that say why.
 */
public final class TransitionRefused extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public TransitionRefused(String key, Object... args) {
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
