package cn.quanze.supervision.domain;

import java.util.Arrays;
import java.util.Optional;

/** States of a supervision item: 立项 → 交办 → 办理中 → 申请办结 → 已办结 → 归档, plus 暂缓 and 撤销. */
public enum SupervisionState {
    REGISTERED("立项"),
    ASSIGNED("交办"),
    IN_PROGRESS("办理中"),
    COMPLETION_REQUESTED("申请办结"),
    COMPLETED("已办结"),
    ARCHIVED("归档"),
    DEFERRED("暂缓"),
    WITHDRAWN("撤销");

    private final String officialName;

    SupervisionState(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }

    public boolean isOpen() {
        return this != COMPLETED && this != ARCHIVED && this != WITHDRAWN;
    }

    public static Optional<SupervisionState> fromOfficialName(String text) {
        return Arrays.stream(values()).filter(s -> s.officialName.equals(text) || s.name().equalsIgnoreCase(text)).findFirst();
    }
}
