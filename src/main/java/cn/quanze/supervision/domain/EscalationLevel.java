package cn.quanze.supervision.domain;

/** What an escalation rule leads to: only a deduction, 黄牌, 通报 or a 问责 proposal (in rising order). */
public enum EscalationLevel {
    NONE("扣分"), YELLOW_CARD("黄牌"), CIRCULATED("通报"), ACCOUNTABILITY("问责建议");

    private final String officialName;

    EscalationLevel(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }
}
