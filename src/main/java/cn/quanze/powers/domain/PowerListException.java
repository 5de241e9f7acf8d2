package cn.quanze.powers.domain;

import java.util.List;

/** A write to the power list refused by {@link PowerRules}; nothing was written. */
public final class PowerListException extends RuntimeException {
    private final List<PowerViolation> violations;

    public PowerListException(List<PowerViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<PowerViolation> violations() {
        return violations;
    }
}
