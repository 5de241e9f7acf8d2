package cn.quanze.powers.domain;

import java.util.Arrays;
import java.util.Optional;

/** 在用, 暂停, 取消, 下放. Only an active item may be cited by a new case ("目录之外无权力"). */
public enum PowerStatus {
    ACTIVE("在用"), SUSPENDED("暂停"), CANCELLED("取消"), DELEGATED("下放");

    private final String officialName;

    PowerStatus(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }

    public static Optional<PowerStatus> fromOfficialName(String text) {
        return Arrays.stream(values()).filter(s -> s.officialName.equals(text) || s.name().equalsIgnoreCase(text)).findFirst();
    }
}
