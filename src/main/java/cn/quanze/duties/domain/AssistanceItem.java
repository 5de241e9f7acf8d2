package cn.quanze.duties.domain;

/** 行政协助清单 entry: who asks whom to assist with what, on which basis, answered within how many working days. */
public record AssistanceItem(String id, String requestingDepartmentId, String assistingDepartmentId, String matter,
                             String basis, Integer limitDays, boolean demo) {
}
