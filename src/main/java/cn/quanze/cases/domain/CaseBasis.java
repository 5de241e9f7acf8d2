package cn.quanze.cases.domain;

/** Whether a case cites a power item ("目录之外无权力") or is explicitly not power-based (e.g. 12345 热线). */
public enum CaseBasis {
    POWER, NOT_POWER_BASED
}
