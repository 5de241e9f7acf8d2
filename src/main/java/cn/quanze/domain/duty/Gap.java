package cn.quanze.domain.duty;

/**
 * One "有权必有责" gap. {@code targetId} is the power item (NO_DUTY, NO_CASES) or the department (NO_POSTS) whose
 * form closes the gap.
 */
public record Gap(Kind kind, String targetId, String code, String name, String departmentId) {
    public enum Kind {
        /** An active power item with no 责任事项 of its own or of its main item. */
        NO_DUTY,
        /** An active power item with 责任事项 but no 追责情形. */
        NO_CASES,
        /** A department that implements active powers but has no posts. */
        NO_POSTS
    }
}
