package cn.quanze.supervision.domain;

/** 重大 / 一般. */
public enum Importance {
    MAJOR, NORMAL;

    public static Importance fromOfficialName(String text) {
        return "重大".equals(text) || "MAJOR".equalsIgnoreCase(text) ? MAJOR : NORMAL;
    }

    public String officialName() {
        return this == MAJOR ? "重大" : "一般";
    }
}
