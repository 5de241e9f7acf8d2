package cn.quanze.supervision.domain;

import java.util.Arrays;
import java.util.Optional;

/** 来源 of a supervision item. */
public enum SupervisionSource {
    LEADER_INSTRUCTION("领导批示"),
    MEETING_DECISION("会议决定"),
    KEY_WORK("重点工作"),
    DEPUTY_PROPOSAL("人大建议/政协提案"),
    PUBLIC_COMPLAINT("群众投诉"),
    HIGHER_ASSIGNMENT("上级交办");

    private final String officialName;

    SupervisionSource(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }

    public static Optional<SupervisionSource> fromOfficialName(String text) {
        return Arrays.stream(values()).filter(s -> s.officialName.equals(text) || s.name().equalsIgnoreCase(text)).findFirst();
    }
}
