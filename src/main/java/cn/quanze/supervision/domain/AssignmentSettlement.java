package cn.quanze.supervision.domain;

import cn.quanze.supervision.domain.Receipt.ReceiptStatus;
import cn.quanze.supervision.domain.Receipt.RequestKind;
import cn.quanze.supervision.domain.SupervisionWorkflow.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * On the issuer's side, what the lead office's receipt means for the item the issuer owns: its 签收 starts the item,
 * its reported progress becomes the item's, and a new 申请办结/申请延期 puts the item into the state the supervisor
 * reviews. Each is a workflow step written by the issuer (the owner), so the item never takes a write from another
 * office; the event carries the office's user as the actor.
 */
public final class AssignmentSettlement {
    /** The item's steps to write and the dispatch with the request marked as taken in. */
    public record Outcome(List<Step> steps, Dispatch dispatch) {
        public boolean changed(Dispatch before) {
            return !steps.isEmpty() || !dispatch.equals(before);
        }
    }

    private final SupervisionWorkflow workflow;

    public AssignmentSettlement(SupervisionWorkflow workflow) {
        this.workflow = workflow;
    }

    public Outcome settle(SupervisionItem item, Dispatch lead, Receipt r) {
        List<Step> steps = new ArrayList<>();
        Dispatch d = lead;
        if (r == null || r.status() != ReceiptStatus.SIGNED || !lead.active()) {
            return new Outcome(steps, d);
        }
        String actor = r.officeCode() + "/" + (r.actedBy() == null ? "" : r.actedBy());
        SupervisionItem current = item;
        if (current.state() == SupervisionState.ASSIGNED) {
            current = add(steps, workflow.start(current, r.actedOn(), actor));
        }
        boolean working = current.state() == SupervisionState.IN_PROGRESS
                || current.state() == SupervisionState.ASSIGNED;
        if (working && r.progress() > current.progress()) {
            current = add(steps, new Step(current.withCompletion(current.completedOn(), r.progress()), null));
        }
        if (r.requestSeq() > d.appliedSeq()) {
            if (r.requestKind() == RequestKind.COMPLETION && current.state() == SupervisionState.IN_PROGRESS
                    && current.requestedDeadline() == null) {
                add(steps, workflow.requestCompletion(current, r.requestText(), r.requestOn(), actor));
            } else if (r.requestKind() == RequestKind.EXTENSION && working && current.requestedDeadline() == null
                    && r.requestedDeadline() != null
                    && (current.deadline() == null || r.requestedDeadline().isAfter(current.deadline()))) {
                add(steps, workflow.requestExtension(current, r.requestedDeadline(), r.requestText(), r.requestOn(),
                        actor));
            }
            d = d.applied(r.requestSeq());
        }
        return new Outcome(steps, d);
    }

    private static SupervisionItem add(List<Step> steps, Step step) {
        steps.add(step);
        return step.item();
    }
}
