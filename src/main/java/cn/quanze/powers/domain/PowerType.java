package cn.quanze.powers.domain;

import java.util.Arrays;
import java.util.Optional;

/** 职权类型: the ten standard categories. {@code officialName} is the legal term used in published lists. */
public enum PowerType {
    LICENSING("行政许可"),
    PENALTY("行政处罚"),
    COERCION("行政强制"),
    LEVY("行政征收"),
    PAYMENT("行政给付"),
    INSPECTION("行政检查"),
    CONFIRMATION("行政确认"),
    REWARD("行政奖励"),
    ADJUDICATION("行政裁决"),
    OTHER("其他行政权力");

    private final String officialName;

    PowerType(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }

    /** Matches the official name, also without the 行政 prefix (published lists write 许可, 处罚 ...). */
    public static Optional<PowerType> fromOfficialName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values())
                .filter(p -> p.officialName.equals(t) || p.officialName.equals("行政" + t) || p.name().equalsIgnoreCase(t)
                        || (p == OTHER && (t.equals("其他") || t.equals("其他权力"))))
                .findFirst();
    }
}
