package cn.quanze.cases.domain;

/** Where a case stands: 办理中, 暂停计时, 已办结. */
public enum CaseState {
    OPEN, SUSPENDED, COMPLETED
}
