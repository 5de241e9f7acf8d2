package cn.quanze.supervision.domain;

import java.time.LocalDate;

/**
 * 交办 of an item to one unit that is another office (牵头 or 配合), owned by the issuing office. The receiving office
 * answers on its own {@link Receipt} (same id); the issuer's decisions on the unit's requests are written here:
 * {@code decidedSeq} is the receipt's request number last decided, {@code appliedSeq} the one last taken into the item.
 * {@code active} turns false when the issuer re-assigns the item after a 退回. A dispatch of a 整改 item names it in
 * {@code rectificationId} (its item is the one the 整改 belongs to).
 */
public record Dispatch(String id, String itemId, String issuerOffice, String unitId, String officeCode,
                       DispatchRole role, LocalDate dispatchedOn, LocalDate deadline, String requirements,
                       boolean active, int appliedSeq, int decidedSeq, Decision decision, LocalDate decisionOn,
                       String decisionText, String rectificationId) {

    /** 牵头单位 or 配合单位. */
    public enum DispatchRole { LEAD, COOPERATING }

    /** The issuer's last decision on a request of the unit. */
    public enum Decision { COMPLETION_APPROVED, COMPLETION_RETURNED, EXTENSION_APPROVED, EXTENSION_REFUSED, REASSIGNED }

    public boolean isRectification() {
        return rectificationId != null;
    }

    public boolean completed() {
        return decision == Decision.COMPLETION_APPROVED;
    }

    Dispatch decided(int seq, Decision d, LocalDate on, String text, LocalDate newDeadline) {
        return new Dispatch(id, itemId, issuerOffice, unitId, officeCode, role, dispatchedOn,
                newDeadline == null ? deadline : newDeadline, requirements, d != Decision.REASSIGNED, appliedSeq,
                Math.max(seq, decidedSeq), d, on, text, rectificationId);
    }

    Dispatch applied(int seq) {
        return new Dispatch(id, itemId, issuerOffice, unitId, officeCode, role, dispatchedOn, deadline, requirements,
                active, seq, decidedSeq, decision, decisionOn, decisionText, rectificationId);
    }
}
