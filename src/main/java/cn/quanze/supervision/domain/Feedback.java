package cn.quanze.supervision.domain;

import java.time.LocalDate;

/** 进展反馈 from the lead unit: an append-only fact. */
public record Feedback(String id, String itemId, LocalDate date, String content, int progress, String problems,
                       String nextSteps, boolean demo) {
}
