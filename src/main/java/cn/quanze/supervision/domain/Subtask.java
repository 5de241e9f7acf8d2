package cn.quanze.supervision.domain;

import java.time.LocalDate;

/**
 * 分解落实: one part of a received item given to one of the office's own departments or posts, with its own deadline
 * (never later than the parent's). Kept by the office; only its state travels, on the {@link Receipt}, if shared.
 */
public record Subtask(String id, String dispatchId, String itemId, String department, String assignee,
                      String content, LocalDate deadline, int progress, LocalDate doneOn, String note) {

    public boolean done() {
        return doneOn != null;
    }

    public Receipt.SharedSubtask shared() {
        return new Receipt.SharedSubtask(department, content, deadline, progress, done());
    }
}
