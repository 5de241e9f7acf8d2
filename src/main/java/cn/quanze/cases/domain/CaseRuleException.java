package cn.quanze.cases.domain;

import java.util.List;

/** A refused case operation; {@code key} and {@code args} name the message in the bundle (cases.rule.*). */
public final class CaseRuleException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public CaseRuleException(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
