package cn.quanze.domain.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * 督办事项. {@code number} is the sequence within {@code year} (督办〔year〕number号); 0 while not yet numbered.
 */
public record SupervisionItem(
        String id,
        int year,
        int number,
        SupervisionSource source,
        String sourceDocNo,
        LocalDate sourceDate,
        String title,
        String content,
        Importance importance,
        String leadUnitId,
        List<String> cooperatingUnitIds,
        String leader,
        String contact,
        LocalDate assignedOn,
        LocalDate deadline,
        FeedbackCycle feedbackCycle,
        Integer feedbackDay,
        SupervisionState state,
        int progress,
        boolean demo) {

    public SupervisionItem {
        cooperatingUnitIds = cooperatingUnitIds == null ? List.of() : List.copyOf(cooperatingUnitIds);
    }

    public String displayNumber() {
        return number > 0 ? "督办〔" + year + "〕" + number + "号" : "";
    }
}
