package cn.quanze.supervision.domain;

import java.util.Arrays;
import java.util.Optional;

/** 反馈周期. */
public enum FeedbackCycle {
    ONCE("一次性"), WEEKLY("每周"), MONTHLY("每月"), QUARTERLY("每季度");

    private final String officialName;

    FeedbackCycle(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }

    public static Optional<FeedbackCycle> fromOfficialName(String text) {
        return Arrays.stream(values()).filter(s -> s.officialName.equals(text) || s.name().equalsIgnoreCase(text)).findFirst();
    }
}
