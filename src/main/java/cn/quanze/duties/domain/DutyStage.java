package cn.quanze.duties.domain;

import cn.quanze.powers.domain.PowerType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 责任环节: the stage of handling a power that a duty belongs to. Licensing-like powers use 受理 → 审查 → 决定 →
 * 送达 → 事后监管 → 其他; penalties follow the 行政处罚法 procedure 立案 → 调查取证 → 审理 → 告知 → 决定 → 送达 → 执行.
 */
public enum DutyStage {
    ACCEPT("受理"), REVIEW("审查"), DECIDE("决定"), DELIVER("送达"), POST_SUPERVISION("事后监管"),
    FILE_CASE("立案"), INVESTIGATE("调查取证"), HEAR("审理"), NOTIFY("告知"), ENFORCE("执行"), OTHER("其他");

    private static final List<DutyStage> STANDARD = List.of(ACCEPT, REVIEW, DECIDE, DELIVER, POST_SUPERVISION, OTHER);
    private static final List<DutyStage> PENALTY = List.of(FILE_CASE, INVESTIGATE, HEAR, NOTIFY, DECIDE, DELIVER,
            ENFORCE);

    private final String officialName;

    DutyStage(String officialName) {
        this.officialName = officialName;
    }

    /** 受理, 审查 …; the published lists write it with 责任 appended (受理责任). */
    public String officialName() {
        return officialName;
    }

    public String dutyName() {
        return officialName + "责任";
    }

    /** The standard stage set offered when a user adds duties to a power item of this type. */
    public static List<DutyStage> standardFor(PowerType type) {
        return type == PowerType.PENALTY ? PENALTY : STANDARD;
    }

    /** Matches 受理 and 受理责任 (and the constant name). */
    public static Optional<DutyStage> fromOfficialName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        String bare = t.endsWith("责任") ? t.substring(0, t.length() - 2) : t;
        return Arrays.stream(values())
                .filter(s -> s.officialName.equals(bare) || s.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
