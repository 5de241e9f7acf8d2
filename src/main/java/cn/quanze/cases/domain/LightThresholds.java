package cn.quanze.cases.domain;

/** When a case turns yellow: at most {@code daysLeft} working days left, or {@code percentUsed}% of the limit used. */
public record LightThresholds(int daysLeft, int percentUsed) {
    public static final LightThresholds DEFAULT = new LightThresholds(2, 80);

    public LightThresholds {
        if (daysLeft < 0 || percentUsed < 1 || percentUsed > 100) {
            throw new IllegalArgumentException("thresholds " + daysLeft + "/" + percentUsed);
        }
    }
}
