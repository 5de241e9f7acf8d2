package cn.quanze.cases.domain;

/** The transitions of a case, each an append-only {@link CaseEvent} shown on its timeline. */
public enum CaseEventType {
    /** 受理登记. */
    OPENED,
    /** 时限调整 (legal/promised limit changed, with reason). */
    LIMIT_CHANGED,
    /** 环节办结 (step index). */
    STEP_DONE,
    /** 暂停计时 (reason). */
    SUSPENDED,
    /** 恢复计时. */
    RESUMED,
    /** 延期 (days, approver, reason). */
    EXTENDED,
    /** 办结 (result in note). */
    COMPLETED,
    /** 摘牌: a supervisor acknowledges an alarm with a note. */
    ACKNOWLEDGED
}
