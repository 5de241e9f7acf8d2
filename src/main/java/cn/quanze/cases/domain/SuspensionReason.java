package cn.quanze.cases.domain;

import java.util.Arrays;
import java.util.Optional;

/** Why the clock of a case stops (暂停计时). */
public enum SuspensionReason {
    CORRECTION("补正材料"), HEARING("听证"), EXPERT_REVIEW("专家评审"), INSPECTION("检验检测"), PUBLIC_NOTICE("公告");

    private final String officialName;

    SuspensionReason(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }

    public static Optional<SuspensionReason> fromOfficialName(String text) {
        return Arrays.stream(values()).filter(r -> r.officialName.equals(text) || r.name().equalsIgnoreCase(text))
                .findFirst();
    }
}
