package cn.quanze.duties.domain;

/**
 * One "有权必有责" gap. {@code targetId} is the power item (NO_DUTY, NO_CASES) or the department (NO_POSTS) whose
 * form closes the gap.
 */
public record Gap(GapKind kind, String targetId, String code, String name, String departmentId) {
}
