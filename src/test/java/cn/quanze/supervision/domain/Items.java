package cn.quanze.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/** Test items. */
final class Items {
    private Items() {
    }

    static SupervisionItem registered(LocalDate deadline, Integer workdays, FeedbackCycle cycle) {
        return new SupervisionItem("item-1", 2026, 0, SupervisionSource.LEADER_INSTRUCTION, "区委〔2026〕1号", null,
                "推进政务服务一网通办", "内容", Importance.MAJOR, "unit-a", List.of("unit-b"), "副区长", "张三", null,
                deadline, workdays, List.of(), cycle, null, SupervisionState.REGISTERED, null, null, null, 0, false);
    }
}
