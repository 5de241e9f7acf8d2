package cn.quanze.supervision.domain;

/**
 * One row of an office's escalation table: when {@code trigger} reaches {@code threshold} (consecutive missed
 * feedback cycles, or working days past the deadline) the item gets {@code level} and its lead unit loses {@code deduction} points.
 */
public record EscalationRule(Trigger trigger, int threshold, EscalationLevel level, int deduction) {
    public enum Trigger { MISSED_FEEDBACK, DEADLINE_OVERDUE }

    public EscalationRule {
        if (trigger == null || level == null || threshold < 1 || deduction < 0) {
            throw new TransitionRefused("supervision.refused.rule", trigger, threshold, deduction);
        }
    }
}
