package cn.quanze.supervision.domain;

/**
 * When a supervision item turns yellow: at most {@code deadlineDays} working days before its deadline, or at most
 * {@code feedbackDays} working days before a feedback still to be given (both configurable in 设置 → 预警阈值).
 */
public record SupervisionThresholds(int deadlineDays, int feedbackDays) {
    public static final SupervisionThresholds DEFAULT = new SupervisionThresholds(SupervisionRules.WARN_WORKDAYS,
            SupervisionRules.FEEDBACK_WARN_WORKDAYS);

    public SupervisionThresholds {
        if (deadlineDays < 0 || deadlineDays > 60 || feedbackDays < 0 || feedbackDays > 30) {
            throw new IllegalArgumentException("thresholds " + deadlineDays + "/" + feedbackDays);
        }
    }
}
