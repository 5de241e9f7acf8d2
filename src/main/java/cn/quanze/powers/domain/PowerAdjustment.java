package cn.quanze.powers.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One adjustment (调整) of a power item: its kind, the 文号 of the document that decided it, the reason and
 * the effective date. {@code targetId} is the item merged into (合并). Adjustments are history: they are
 * appended, never edited.
 */
public record PowerAdjustment(String id, String powerId, AdjustmentKind kind, String docNo, String reason,
                              LocalDate effectiveDate, String targetId, Instant recordedAt, boolean demo) {
}
