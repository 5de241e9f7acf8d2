package cn.quanze.supervision.data;

import cn.quanze.core.db.Store;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.core.domain.Ids;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.supervision.domain.AssignmentRules;
import cn.quanze.supervision.domain.Dispatch;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.Receipt;
import cn.quanze.supervision.domain.Receipt.RequestKind;
import cn.quanze.supervision.domain.Subtask;
import cn.quanze.supervision.domain.TransitionRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The receiving office's side of 交办: 签收 or 退回, 分解落实 into sub-tasks, reports (progress rolled up from the
 * sub-tasks, written as the office's own feedback too), sharing the sub-tasks' states, 申请办结 and 申请延期. The
 * office only ever writes its own receipt, sub-tasks and feedback; the issuer's records are read, never written.
 */
public final class OfficeAssignments {
    private final Store store;
    private final AssignmentRules rules;
    private final Clock clock;

    public OfficeAssignments(Store store, WorkCalendar calendar, Clock clock) {
        this.store = store;
        this.rules = new AssignmentRules(calendar);
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public Receipt sign(String dispatchId) {
        return store.write("supervision.assign.sign", uow -> put(uow, rules.sign(dispatch(uow, dispatchId),
                receipt(uow, dispatchId), today(), uow.actor())));
    }

    /** 退回 with the reason and the unit it should go to (free text: the office may name any unit). */
    public Receipt giveBack(String dispatchId, String reason, String suggestedUnit) {
        return store.write("supervision.assign.giveBack", uow -> put(uow, rules.giveBack(dispatch(uow, dispatchId),
                receipt(uow, dispatchId), reason, suggestedUnit, today(), uow.actor())));
    }

    /** 分解落实: a sub-task for one of the office's departments or posts; the deadline may not pass the parent's. */
    public Subtask addSubtask(String dispatchId, String department, String assignee, String content,
                              LocalDate deadline) {
        return store.write("supervision.assign.subtask", uow -> {
            Dispatch d = dispatch(uow, dispatchId);
            Subtask s = rules.decompose(Ids.newId(), d, receipt(uow, dispatchId), department, assignee, content,
                    deadline);
            uow.put(AssignmentRecords.SUBTASK, s);
            refreshShared(uow, dispatchId);
            return s;
        });
    }

    public Subtask subtaskProgress(String subtaskId, int progress, String note) {
        return store.write("supervision.assign.subtaskProgress", uow -> {
            Subtask s = uow.find(AssignmentRecords.SUBTASK, subtaskId)
                    .orElseThrow(() -> new TransitionRefused("supervision.assign.refused.noDispatch", subtaskId));
            Subtask next = rules.progress(s, progress, note, today());
            uow.put(AssignmentRecords.SUBTASK, next);
            refreshShared(uow, s.dispatchId());
            return next;
        });
    }

    /**
     * 进展反馈 to the issuer: the receipt carries the rolled-up progress and date, and the text goes as the office's
     * own feedback entry on the item (so it shows in the issuer's timeline and counts for the feedback cycle).
     */
    public Receipt report(String dispatchId, String content, int enteredProgress) {
        if (content == null || content.isBlank()) {
            throw new TransitionRefused("supervision.refused.required", "supervision.field.feedbackContent");
        }
        return store.write("supervision.assign.report", uow -> {
            Receipt r = receipt(uow, dispatchId);
            List<Subtask> subs = subtasks(uow, dispatchId);
            Receipt next = rules.report(r, subs, enteredProgress, today());
            String rolled = subs.isEmpty() ? content.strip() : content.strip() + "\n" + summary(subs);
            uow.put(SupervisionRecords.FEEDBACK, new Feedback(Ids.newId(), r.itemId(), today(), rolled,
                    next.progress(), null, null, false));
            return put(uow, next);
        });
    }

    public Receipt share(String dispatchId, boolean share) {
        return store.write("supervision.assign.share", uow -> put(uow, rules.share(receipt(uow, dispatchId), share,
                subtasks(uow, dispatchId))));
    }

    public Receipt request(String dispatchId, RequestKind kind, String text, LocalDate wanted) {
        return store.write("supervision.assign.request", uow -> put(uow, rules.request(dispatch(uow, dispatchId),
                receipt(uow, dispatchId), kind, text, wanted, today())));
    }

    /** "分解任务 3 项，已完成 1 项：…" — the sub-tasks' part of the office's feedback. */
    static String summary(List<Subtask> subs) {
        StringBuilder sb = new StringBuilder(cn.quanze.core.i18n.I18n.t("supervision.assign.rollupLine", subs.size(),
                subs.stream().filter(Subtask::done).count()));
        for (Subtask s : subs) {
            sb.append('\n').append(cn.quanze.core.i18n.I18n.t("supervision.assign.subtaskLine", s.department(),
                    s.content(), s.progress()));
        }
        return sb.toString();
    }

    private void refreshShared(UnitOfWork uow, String dispatchId) {
        Receipt r = receipt(uow, dispatchId);
        if (r != null && r.shareSubtasks()) {
            put(uow, rules.share(r, true, subtasks(uow, dispatchId)));
        }
    }

    static List<Subtask> subtasks(UnitOfWork uow, String dispatchId) {
        return uow.query("SELECT * FROM supervision_subtask WHERE dispatch_id = ? ORDER BY deadline, id", dispatchId)
                .stream().map(AssignmentRecords.SUBTASK::fromRow).toList();
    }

    private static Receipt put(UnitOfWork uow, Receipt r) {
        uow.put(AssignmentRecords.RECEIPT, r);
        return r;
    }

    private static Receipt receipt(UnitOfWork uow, String dispatchId) {
        return uow.find(AssignmentRecords.RECEIPT, dispatchId).orElse(null);
    }

    private static Dispatch dispatch(UnitOfWork uow, String id) {
        Dispatch d = uow.find(AssignmentRecords.DISPATCH, id)
                .orElseThrow(() -> new TransitionRefused("supervision.assign.refused.noDispatch", id));
        if (!d.officeCode().equals(AssignmentDispatcher.ownOffice(uow))) {
            throw new TransitionRefused("supervision.assign.refused.notOurs", d.officeCode());
        }
        return d;
    }
}
