package cn.quanze.supervision.domain;

/** 整改 state: open, or 销号 after a supervisor checked it. */
public enum RectificationState {
    OPEN, VERIFIED
}
