package cn.quanze.powers.domain;

/** What {@link PowerRules#validate} can find wrong with a power item. Labels: enum.PowerViolation.*. */
public enum PowerViolation {
    CODE_MISSING, CODE_FORMAT, CODE_DUPLICATE, NAME_MISSING, TYPE_MISSING, DEPARTMENT_MISSING, NEGATIVE_LIMIT,
    PROMISED_EXCEEDS_LEGAL, PARENT_IS_SUB_ITEM, MERGE_TARGET_INVALID
}
