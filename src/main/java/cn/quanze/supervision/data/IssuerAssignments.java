package cn.quanze.supervision.data;

import cn.quanze.core.db.PermissionDeniedException;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.supervision.domain.AssignmentRules;
import cn.quanze.supervision.domain.AssignmentSettlement;
import cn.quanze.supervision.domain.Dispatch;
import cn.quanze.supervision.domain.Dispatch.Decision;
import cn.quanze.supervision.domain.Dispatch.DispatchRole;
import cn.quanze.supervision.domain.Receipt;
import cn.quanze.supervision.domain.Rectification;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionWorkflow;
import cn.quanze.supervision.domain.SupervisionWorkflow.Step;
import cn.quanze.supervision.domain.TransitionRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The issuing office's side of 交办 between offices: taking the lead office's receipts into the items it owns
 * ({@link #settle}), deciding the units' requests (审核通过/退回, 延期 批准/不予) and re-assigning after a 退回.
 * Every change is the issuer's own record (item, event, dispatch), written in one unit of work.
 */
public final class IssuerAssignments {
    private final Store store;
    private final SupervisionWorkflow workflow;
    private final AssignmentRules rules;
    private final Clock clock;

    public IssuerAssignments(Store store, WorkCalendar calendar, Clock clock) {
        this.store = store;
        this.workflow = new SupervisionWorkflow(calendar);
        this.rules = new AssignmentRules(calendar);
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Takes every new 签收, progress and request of a lead office into the issuer's item. Writes nothing when there
     * is nothing new, so it can run after every import. Returns the number of dispatches settled.
     */
    public int settle() {
        boolean due = store.read(c -> Sql.count(c, "SELECT COUNT(*) FROM supervision_dispatch d JOIN "
                + "supervision_receipt r ON r.id = d.id JOIN supervision_item i ON i.id = d.item_id "
                + "WHERE d.active = 1 AND d.role = 'LEAD' AND d.rectification_id IS NULL AND d.issuer_office = (SELECT value FROM node_setting "
                + "WHERE id = 'office.code') AND (r.request_seq > d.applied_seq OR (r.status = 'SIGNED' AND "
                + "(i.state = 'ASSIGNED' OR r.progress > i.progress)))") > 0);
        if (!due) {
            return 0;
        }
        return store.write("supervision.assign.settle", uow -> {
            int n = 0;
            for (Dispatch d : issued(uow, "AND role = 'LEAD' AND active = 1 AND rectification_id IS NULL")) {
                n += settleOne(uow, d) ? 1 : 0;
            }
            return n;
        });
    }

    /**
     * {@link #settle} when the signed-in user may write the items (after an import, or when the roll-up opens); for a
     * user who may not (a 办事员 importing a file), the settlement waits for the next one who may.
     */
    public int settleIfAllowed() {
        try {
            return settle();
        } catch (PermissionDeniedException e) {
            return 0;
        }
    }

    private boolean settleOne(UnitOfWork uow, Dispatch d) {
        Receipt r = uow.find(AssignmentRecords.RECEIPT, d.id()).orElse(null);
        SupervisionItem item = uow.find(SupervisionRecords.SUPERVISION_ITEM, d.itemId()).orElse(null);
        if (r == null || item == null) {
            return false;
        }
        AssignmentSettlement.Outcome o = new AssignmentSettlement(workflow).settle(item, d, r);
        o.steps().forEach(step -> SupervisionService.apply(uow, step));
        uow.put(AssignmentRecords.DISPATCH, o.dispatch());
        return o.changed(d);
    }

    /** The issuer's decision on a unit's pending request; for the lead unit the item follows the workflow. */
    public Dispatch decide(String dispatchId, Decision decision, String text, LocalDate granted) {
        return store.write("supervision.assign.decide", uow -> {
            Dispatch d0 = load(uow, dispatchId);
            boolean leadsItem = d0.role() == DispatchRole.LEAD && !d0.isRectification();
            if (leadsItem) {
                settleOne(uow, d0);
            }
            Dispatch d = load(uow, dispatchId);
            Receipt r = uow.find(AssignmentRecords.RECEIPT, dispatchId).orElse(null);
            Dispatch decided = rules.decide(d, r, decision, text, granted, today());
            if (leadsItem) {
                SupervisionItem item = uow.find(SupervisionRecords.SUPERVISION_ITEM, d.itemId()).orElseThrow();
                SupervisionService.apply(uow, itemStep(item, decision, text, decided.deadline()));
            } else if (d.isRectification()) {
                decideRectification(uow, d.rectificationId(), decision, text == null ? r.requestText() : text,
                        decided.deadline());
            }
            uow.put(AssignmentRecords.DISPATCH, decided);
            return decided;
        });
    }

    /** 整改: approving the completion is its 销号 (the note is the comment or the office's summary). */
    private void decideRectification(UnitOfWork uow, String id, Decision decision, String note, LocalDate deadline) {
        Rectification x = uow.find(SupervisionRecords.RECTIFICATION, id)
                .orElseThrow(() -> new TransitionRefused("supervision.refused.notFound", id));
        if (decision == Decision.COMPLETION_APPROVED) {
            uow.put(SupervisionRecords.RECTIFICATION, x.verify(today(), store.currentActor(), note, null));
        } else if (decision == Decision.EXTENSION_APPROVED) {
            uow.put(SupervisionRecords.RECTIFICATION, withOwner(x, x.ownerUnitId(), deadline));
        }
    }

    private static Rectification withOwner(Rectification x, String unit, LocalDate deadline) {
        return new Rectification(x.id(), x.itemId(), x.problem(), unit, x.owner(), deadline, x.measures(), x.state(),
                x.verifiedOn(), x.verifiedBy(), x.verificationNote(), x.recheckOn(), x.demo());
    }

    private Step itemStep(SupervisionItem item, Decision decision, String text, LocalDate deadline) {
        return switch (decision) {
            case COMPLETION_APPROVED -> workflow.approveCompletion(item, text, today(), store.currentActor());
            case COMPLETION_RETURNED -> workflow.returnToUnit(item, text, today(), store.currentActor());
            case EXTENSION_APPROVED -> workflow.approveExtension(item, deadline, text, today(), store.currentActor());
            case EXTENSION_REFUSED -> workflow.refuseExtension(item, text, today(), store.currentActor());
            case REASSIGNED -> throw new TransitionRefused("supervision.assign.refused.wrongDecision");
        };
    }

    /**
     * After a 退回 (or at will): closes the dispatch, puts {@code newUnitId} in the unit's place on the item and
     * dispatches the item to it when it is another office.
     */
    public Dispatch reassign(String dispatchId, String newUnitId, String note) {
        if (newUnitId == null) {
            throw new TransitionRefused("supervision.refused.required", "supervision.assign.field.newUnit");
        }
        return store.write("supervision.assign.reassign", uow -> {
            Dispatch d = load(uow, dispatchId);
            uow.put(AssignmentRecords.DISPATCH, rules.reassigned(d, today(), note));
            if (d.isRectification()) {
                Rectification x = uow.find(SupervisionRecords.RECTIFICATION, d.rectificationId()).orElseThrow();
                Rectification moved = withOwner(x, newUnitId, x.deadline());
                uow.put(SupervisionRecords.RECTIFICATION, moved);
                return AssignmentDispatcher.rectification(uow, moved, today()).orElse(null);
            }
            SupervisionItem item = uow.find(SupervisionRecords.SUPERVISION_ITEM, d.itemId()).orElseThrow();
            List<String> coop = new ArrayList<>(item.cooperatingUnitIds());
            String lead = item.leadUnitId();
            if (d.role() == DispatchRole.LEAD) {
                lead = newUnitId;
                coop.remove(newUnitId);
            } else {
                coop.replaceAll(u -> u.equals(d.unitId()) ? newUnitId : u);
            }
            coop.remove(lead);
            SupervisionItem moved = new SupervisionItem(item.id(), item.year(), item.number(), item.source(),
                    item.sourceDocNo(), item.sourceDate(), item.title(), item.content(), item.importance(), lead,
                    coop.stream().distinct().toList(), item.leader(), item.contact(), item.assignedOn(),
                    item.deadline(), item.deadlineWorkdays(), item.milestones(), item.feedbackCycle(),
                    item.feedbackDay(), item.state(), item.stateSince(), item.requestedDeadline(), item.completedOn(),
                    item.progress(), item.demo());
            uow.put(SupervisionRecords.SUPERVISION_ITEM, moved);
            return AssignmentDispatcher.one(uow, moved, newUnitId, d.role(), today()).orElse(null);
        });
    }

    static List<Dispatch> issued(UnitOfWork uow, String where) {
        return uow.query("SELECT * FROM supervision_dispatch WHERE issuer_office = (SELECT value FROM node_setting "
                + "WHERE id = 'office.code') " + where + " ORDER BY dispatched_on, id").stream()
                .map(AssignmentRecords.DISPATCH::fromRow).toList();
    }

    private static Dispatch load(UnitOfWork uow, String id) {
        return uow.find(AssignmentRecords.DISPATCH, id)
                .orElseThrow(() -> new TransitionRefused("supervision.assign.refused.noDispatch", id));
    }
}
