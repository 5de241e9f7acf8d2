package cn.quanze.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 督办事项. {@code number} is the sequence within {@code year} (督办〔year〕number号); 0 while not yet numbered.
 * The deadline is either a date or {@code deadlineWorkdays} working days from 交办 (then the date is set at 交办).
 * {@code requestedDeadline} is a pending 申请延期; {@code stateSince} the day the state last changed.
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
        Integer deadlineWorkdays,
        List<Milestone> milestones,
        FeedbackCycle feedbackCycle,
        Integer feedbackDay,
        SupervisionState state,
        LocalDate stateSince,
        LocalDate requestedDeadline,
        LocalDate completedOn,
        int progress,
        boolean demo) {

    public SupervisionItem {
        cooperatingUnitIds = cooperatingUnitIds == null ? List.of() : List.copyOf(cooperatingUnitIds);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** Year and number from "督办〔2026〕5号" (brackets 〔〕, [] or () accepted) or "2026-5". */
    public static java.util.Optional<int[]> parseNumber(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?:督办)?[〔\\[(（]?(\\d{4})[〕\\])）]?[-－第]?(\\d+)号?").matcher(text.replaceAll("\\s", ""));
        return m.matches() ? java.util.Optional.of(new int[] {Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2))}) : java.util.Optional.empty();
    }

    public String displayNumber() {
        return number > 0 ? "督办〔" + year + "〕" + number + "号" : "";
    }

    SupervisionItem withState(SupervisionState next, LocalDate on) {
        return new SupervisionItem(id, year, number, source, sourceDocNo, sourceDate, title, content, importance,
                leadUnitId, cooperatingUnitIds, leader, contact, assignedOn, deadline, deadlineWorkdays, milestones,
                feedbackCycle, feedbackDay, next, on, requestedDeadline, completedOn, progress, demo);
    }

    SupervisionItem withAssignment(int newYear, int newNumber, LocalDate on, LocalDate newDeadline) {
        return new SupervisionItem(id, newYear, newNumber, source, sourceDocNo, sourceDate, title, content, importance,
                leadUnitId, cooperatingUnitIds, leader, contact, on, newDeadline, deadlineWorkdays, milestones,
                feedbackCycle, feedbackDay, SupervisionState.ASSIGNED, on, requestedDeadline, completedOn, progress,
                demo);
    }

    SupervisionItem withDeadlines(LocalDate newDeadline, LocalDate newRequested) {
        return new SupervisionItem(id, year, number, source, sourceDocNo, sourceDate, title, content, importance,
                leadUnitId, cooperatingUnitIds, leader, contact, assignedOn, newDeadline, deadlineWorkdays, milestones,
                feedbackCycle, feedbackDay, state, stateSince, newRequested, completedOn, progress, demo);
    }

    SupervisionItem withCompletion(LocalDate on, int newProgress) {
        return new SupervisionItem(id, year, number, source, sourceDocNo, sourceDate, title, content, importance,
                leadUnitId, cooperatingUnitIds, leader, contact, assignedOn, deadline, deadlineWorkdays, milestones,
                feedbackCycle, feedbackDay, state, stateSince, requestedDeadline, on, newProgress, demo);
    }
}
