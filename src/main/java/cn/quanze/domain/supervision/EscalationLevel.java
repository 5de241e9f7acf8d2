package cn.quanze.domain.supervision;

/** What an escalation rule leads to: only a deduction, 黄牌, 通报 or a 问责 proposal (in rising order). */
public enum EscalationLevel {
    NONE, YELLOW_CARD, CIRCULATED, ACCOUNTABILITY
}
