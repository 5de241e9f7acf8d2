package cn.quanze.supervision.domain;

import java.time.LocalDate;

/**
 * 整改: a problem found in an inspection, with the unit and person who fix it by {@code deadline}, the supervisor's
 * 销号 ({@code verifiedOn}, {@code verifiedBy}, {@code verificationNote}) and the 回头看 re-check date.
 */
public record Rectification(String id, String itemId, String problem, String ownerUnitId, String owner,
                            LocalDate deadline, String measures, RectificationState state, LocalDate verifiedOn,
                            String verifiedBy, String verificationNote, LocalDate recheckOn, boolean demo) {

    public boolean overdue(LocalDate today) {
        return state == RectificationState.OPEN && deadline != null && today.isAfter(deadline);
    }

    /** 销号 after checking; refused when already closed or without a note. */
    public Rectification verify(LocalDate on, String by, String note, LocalDate recheck) {
        if (state != RectificationState.OPEN) {
            throw new TransitionRefused("supervision.refused.rectificationClosed", problem);
        }
        if (note == null || note.isBlank()) {
            throw new TransitionRefused("supervision.refused.reasonRequired", "supervision.action.verify");
        }
        if (recheck != null && recheck.isBefore(on)) {
            throw new TransitionRefused("supervision.refused.recheckBefore", recheck, on);
        }
        return new Rectification(id, itemId, problem, ownerUnitId, owner, deadline, measures,
                RectificationState.VERIFIED, on, by, note.strip(), recheck, demo);
    }
}
