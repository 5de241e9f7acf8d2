package cn.quanze.cases.domain;

import java.time.LocalDate;

/**
 * One transition of a case: an append-only fact (never edited, never conflicting in sync). {@code seq} orders
 * the events of one case. {@code reason} holds the suspension reason name or the reason of a limit change or
 * extension; {@code days} the extension or new legal limit; {@code note} the result or 摘牌 note.
 */
public record CaseEvent(String id, String caseId, int seq, CaseEventType type, LocalDate date, String reason,
                        Integer days, Integer stepIndex, String actor, String approver, String note, boolean demo) {
}
