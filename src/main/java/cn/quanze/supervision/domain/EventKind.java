package cn.quanze.supervision.domain;

/** What happened to a supervision item: the append-only facts of its timeline. */
public enum EventKind {
    REGISTERED, ASSIGNED, STARTED, URGED, NOTICE_ISSUED, COMPLETION_REQUESTED, COMPLETION_APPROVED, RETURNED,
    EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED, DEFERRED, RESUMED, WITHDRAWN, ARCHIVED
}
