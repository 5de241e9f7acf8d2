package cn.quanze.cases.domain;

import cn.quanze.core.domain.Light;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a case stands on a given day, computed by {@link CaseClock}: its deadlines (legal, promised and the one
 * tracked by the light), working days used and left, light and warning level, and the same per step.
 * {@code unconfirmed} is true when a deadline reaches into a year whose official schedule is not yet published.
 */
public record CaseProgress(
        CaseState state,
        LocalDate legalDue,
        LocalDate promisedDue,
        LocalDate due,
        int limitDays,
        int usedDays,
        int daysLeft,
        int suspendedDays,
        int extensionDays,
        Light light,
        WarningLevel level,
        boolean acknowledged,
        boolean unconfirmed,
        LocalDate completedOn,
        String result,
        SuspensionReason suspendedFor,
        List<StepProgress> steps) {

    /** A step's planned window and how it stands. {@code light} is null for a step not yet started. */
    public record StepProgress(int index, CaseStep step, LocalDate start, LocalDate due, LocalDate doneOn,
                               int daysLeft, Light light) {
        public boolean done() {
            return doneOn != null;
        }
    }

    public boolean isOpen() {
        return state != CaseState.COMPLETED;
    }

    /**
     * 逾期在办 — the one definition of an overdue case (首页's red card, the cases filter, the reminders, the 限时办结
     * statistics, the CLI): not completed and past its tracked deadline (warning level 报警, the red light).
     */
    public boolean overdue() {
        return isOpen() && level == WarningLevel.ALARM;
    }

    /** Completed within the legal deadline (extensions included). */
    public boolean onTimeLegal() {
        return completedOn != null && !completedOn.isAfter(legalDue);
    }

    /** Completed within the promised deadline (the legal one when there is no promise). */
    public boolean onTimePromised() {
        return completedOn != null && !completedOn.isAfter(promisedDue == null ? legalDue : promisedDue);
    }
}
