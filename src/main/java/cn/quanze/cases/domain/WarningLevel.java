package cn.quanze.cases.domain;

/**
 * 提醒 → 预警 → 报警: 提醒 when the share of the limit used reaches the threshold, 预警 when at most the threshold
 * number of working days are left, 报警 when overdue.
 */
public enum WarningLevel {
    NONE, REMINDER, WARNING, ALARM
}
