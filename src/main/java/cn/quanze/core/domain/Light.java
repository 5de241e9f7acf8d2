package cn.quanze.core.domain;

/** Traffic light of a deadline: 绿 正常, 黄 预警, 红 逾期. */
public enum Light {
    GREEN, YELLOW, RED
}
