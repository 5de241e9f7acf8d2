package cn.quanze.duties.domain;

/** What is missing for "有权必有责". */
public enum GapKind {
    /** An active power item with no 责任事项 of its own or of its main item. */
    NO_DUTY,
    /** An active power item with 责任事项 but no 追责情形. */
    NO_CASES,
    /** A department that implements active powers but has no posts. */
    NO_POSTS
}
