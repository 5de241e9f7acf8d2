package cn.quanze.supervision.domain;

import java.time.LocalDate;

/**
 * One fact in an item's timeline (state change, 催办, 督办通知单, extension request or decision). Written once, never
 * changed: {@code fromState}/{@code toState} are equal when the state did not move.
 */
public record SupervisionEvent(String id, String itemId, EventKind kind, LocalDate date, SupervisionState fromState,
                               SupervisionState toState, String text, LocalDate newDeadline, String actor,
                               boolean demo) {
}
