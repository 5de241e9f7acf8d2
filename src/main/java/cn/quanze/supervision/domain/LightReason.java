package cn.quanze.supervision.domain;

/**
 * Why a supervision item's light is red or yellow. Red: {@link #OVERDUE} (办理时限已过, still being worked on) and/or
 * {@link #FEEDBACK_OVERDUE} (the most recent feedback cycle due before today was not reported). Yellow:
 * {@link #DEADLINE_NEAR} and/or {@link #FEEDBACK_DUE}. A green light has no reason.
 */
public enum LightReason {
    OVERDUE, FEEDBACK_OVERDUE, DEADLINE_NEAR, FEEDBACK_DUE;

    public boolean red() {
        return this == OVERDUE || this == FEEDBACK_OVERDUE;
    }
}
