package cn.quanze.powers.domain;

import java.util.Optional;

/** 调整类型: 新增, 变更, 取消, 下放, 合并 — and the status an item has after each. */
public enum AdjustmentKind {
    ADD, CHANGE, CANCEL, DELEGATE, MERGE;

    /** The status after the adjustment; empty when it leaves the status as it is (新增 and 变更). */
    public Optional<PowerStatus> resultingStatus() {
        return switch (this) {
            case CANCEL, MERGE -> Optional.of(PowerStatus.CANCELLED);
            case DELEGATE -> Optional.of(PowerStatus.DELEGATED);
            case ADD, CHANGE -> Optional.empty();
        };
    }
}
