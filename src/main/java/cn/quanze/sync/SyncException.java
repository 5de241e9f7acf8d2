package cn.quanze.sync;

import cn.quanze.core.i18n.I18n;
import java.util.List;

/** A refused sync operation: a message key of the {@code sync.} block and its arguments, localized on demand. */
public final class SyncException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    /** A refusal; a missing argument (a damaged file's absent field) is shown as "?". */
    public SyncException(String key, Object... args) {
        this(key, java.util.Arrays.stream(args).map(a -> a == null ? "?" : a).toList());
    }

    private SyncException(String key, List<Object> args) {
        super(key + " " + args);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** The localized reason, e.g. for stderr, a dialog or a rejected/ reason file. */
    public String reason() {
        return I18n.t(key, args.toArray());
    }
}
