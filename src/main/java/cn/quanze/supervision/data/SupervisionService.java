package cn.quanze.supervision.data;

import cn.quanze.core.db.AttachmentFiles;
import cn.quanze.core.db.Store;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.core.domain.Ids;
import cn.quanze.core.domain.Attachment;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.Rectification;
import cn.quanze.supervision.domain.RectificationState;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.domain.SupervisionWorkflow;
import cn.quanze.supervision.domain.SupervisionWorkflow.Step;
import cn.quanze.supervision.domain.TransitionRefused;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;


/**
 * Every action on a supervision item, each in one unit of work: read the item, let {@link SupervisionWorkflow}
 * check and apply the rule, write the item and append the event (and feedback, attachments) together.
 */
public final class SupervisionService {
    private final Store store;
    private final SupervisionWorkflow workflow;
    private final AttachmentFiles files;
    private final Clock clock;

    public SupervisionService(Store store, WorkCalendar calendar, AttachmentFiles files, Clock clock) {
        this.store = store;
        this.workflow = new SupervisionWorkflow(calendar);
        this.files = files;
        this.clock = clock;
    }

    public SupervisionWorkflow workflow() {
        return workflow;
    }

    public java.nio.file.Path attachmentPath(String sha256) {
        return files.path(sha256);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** 立项 of a new item (state 立项, no number yet). */
    public SupervisionItem register(SupervisionItem draft) {
        SupervisionItem item = new SupervisionItem(draft.id() == null ? Ids.newId() : draft.id(), today().getYear(), 0,
                draft.source(), draft.sourceDocNo(), draft.sourceDate(), draft.title(), draft.content(),
                draft.importance(), draft.leadUnitId(), draft.cooperatingUnitIds(), draft.leader(), draft.contact(),
                null, draft.deadline(), draft.deadlineWorkdays(), draft.milestones(), draft.feedbackCycle(),
                draft.feedbackDay(), SupervisionState.REGISTERED, today(), null, null, 0, false);
        return store.write("supervision.register", uow -> apply(uow, workflow.register(item, today(), uow.actor())));
    }

    public SupervisionItem assign(String id) {
        return store.write("supervision.assign", uow -> {
            SupervisionItem item = apply(uow, workflow.assign(load(uow, id),
                    SupervisionRepository.nextNumber(uow, today().getYear()), today(), uow.actor()));
            // units that are other offices receive the item in their next sync file
            AssignmentDispatcher.dispatch(uow, item, today());
            return item;
        });
    }

    public SupervisionItem start(String id) {
        return act("supervision.start", id, (uow, item) -> workflow.start(item, today(), uow.actor()));
    }

    /** 进展反馈 with attachments: the files are stored by hash first, then everything is written in one unit. */
    public Feedback feedback(String id, LocalDate date, String content, int progress, String problems,
                             String nextSteps, List<Path> attachments) {
        List<AttachmentFiles.Stored> stored = attachments.stream().map(files::store).toList();
        return store.write("supervision.feedback", uow -> {
            SupervisionItem item = load(uow, id);
            Feedback f = new Feedback(Ids.newId(), id, date, blankToNull(content), progress, blankToNull(problems),
                    blankToNull(nextSteps), item.demo());
            workflow.acceptFeedback(item, f, uow.actor()).ifPresent(step -> apply(uow, step));
            uow.put(SupervisionRecords.FEEDBACK, f);
            for (int i = 0; i < stored.size(); i++) {
                uow.put(SupervisionRecords.ATTACHMENT, new Attachment(Ids.newId(), stored.get(i).sha256(),
                        attachments.get(i).getFileName().toString(), stored.get(i).size(), "feedback", f.id()));
            }
            return f;
        });
    }

    public SupervisionItem urge(String id, String text) {
        return act("supervision.urge", id, (uow, item) -> workflow.urge(item, text, today(), uow.actor()));
    }

    public SupervisionItem recordNotice(String id, String requirement) {
        return act("supervision.notice", id, (uow, item) -> workflow.issueNotice(item, requirement, today(),
                uow.actor()));
    }

    public SupervisionItem requestCompletion(String id, String summary) {
        return act("supervision.requestCompletion", id,
                (uow, item) -> workflow.requestCompletion(item, summary, today(), uow.actor()));
    }

    public SupervisionItem approveCompletion(String id, String comment) {
        return act("supervision.approveCompletion", id,
                (uow, item) -> workflow.approveCompletion(item, comment, today(), uow.actor()));
    }

    public SupervisionItem returnToUnit(String id, String reason) {
        return act("supervision.return", id, (uow, item) -> workflow.returnToUnit(item, reason, today(), uow.actor()));
    }

    public SupervisionItem requestExtension(String id, LocalDate wanted, String reason) {
        return act("supervision.requestExtension", id,
                (uow, item) -> workflow.requestExtension(item, wanted, reason, today(), uow.actor()));
    }

    public SupervisionItem decideExtension(String id, boolean approve, LocalDate granted, String comment) {
        return act(approve ? "supervision.approveExtension" : "supervision.refuseExtension", id, (uow, item) -> approve
                ? workflow.approveExtension(item, granted, comment, today(), uow.actor())
                : workflow.refuseExtension(item, comment, today(), uow.actor()));
    }

    public SupervisionItem defer(String id, String reason) {
        return act("supervision.defer", id, (uow, item) -> workflow.defer(item, reason, today(), uow.actor()));
    }

    public SupervisionItem resume(String id, LocalDate newDeadline) {
        return act("supervision.resume", id, (uow, item) -> workflow.resume(item, newDeadline, today(), uow.actor()));
    }

    public SupervisionItem withdraw(String id, String reason) {
        return act("supervision.withdraw", id, (uow, item) -> workflow.withdraw(item, reason, today(), uow.actor()));
    }

    public SupervisionItem archive(String id) {
        return act("supervision.archive", id, (uow, item) -> workflow.archive(item, today(), uow.actor()));
    }

    /** 整改: a problem with its owner and deadline. */
    public Rectification addRectification(String itemId, String problem, String ownerUnitId, String owner,
                                          LocalDate deadline, String measures) {
        if (problem == null || problem.isBlank()) {
            throw new TransitionRefused("supervision.refused.required", "supervision.field.problem");
        }
        if (deadline == null) {
            throw new TransitionRefused("supervision.refused.required", "supervision.field.deadline");
        }
        Rectification r = new Rectification(Ids.newId(), itemId, problem.strip(), ownerUnitId, blankToNull(owner),
                deadline, blankToNull(measures), RectificationState.OPEN, null, null, null, null, false);
        store.run("supervision.rectification.add", uow -> {
            uow.put(SupervisionRecords.RECTIFICATION, r);
            // owned by another office: it travels there to be signed and reported on like an item
            AssignmentDispatcher.rectification(uow, r, today());
        });
        return r;
    }

    /** 销号 by the supervisor, with the 回头看 date. */
    public Rectification verifyRectification(String id, String note, LocalDate recheckOn) {
        return store.write("supervision.rectification.verify", uow -> {
            Rectification r = uow.find(SupervisionRecords.RECTIFICATION, id)
                    .orElseThrow(() -> new TransitionRefused("supervision.refused.notFound", id));
            Rectification done = r.verify(today(), uow.actor(), note, recheckOn);
            uow.put(SupervisionRecords.RECTIFICATION, done);
            return done;
        });
    }

    /**
     * One ledger row to back-fill: either an existing item (by year and number) with a feedback entry to add, or a
     * new item ({@code draft}) registered and, with {@code assignOn}, 交办 on that day.
     */
    public record Backfill(int row, Integer year, Integer number, SupervisionItem draft, LocalDate assignOn,
                           LocalDate feedbackDate, String feedbackContent, Integer progress) {
    }

    /** What a back-fill did (or, in a dry run, would do). */
    public record BackfillResult(int created, int feedbackAdded, int unchanged, boolean dryRun) {
    }

    /** Applies all rows in one unit of work; a refused row aborts everything and names the row. */
    public BackfillResult backfill(List<Backfill> rows, boolean dryRun) {
        try {
            return store.write("supervision.import", uow -> {
                int created = 0;
                int added = 0;
                int unchanged = 0;
                for (Backfill b : rows) {
                    try {
                        int[] r = backfillRow(uow, b);
                        created += r[0];
                        added += r[1];
                        unchanged += r[0] + r[1] == 0 ? 1 : 0;
                    } catch (TransitionRefused e) {
                        throw new TransitionRefused("supervision.refused.row", b.row(), e);
                    }
                }
                BackfillResult result = new BackfillResult(created, added, unchanged, dryRun);
                if (dryRun) {
                    throw new DryRun(result);
                }
                return result;
            });
        } catch (DryRun d) {
            return d.result;
        }
    }

    private static final class DryRun extends RuntimeException {
        private final transient BackfillResult result;

        DryRun(BackfillResult result) {
            super("dry run", null, false, false);
            this.result = result;
        }
    }

    private int[] backfillRow(UnitOfWork uow, Backfill b) {
        SupervisionItem item;
        int created = 0;
        if (b.number() != null) {
            item = uow.query("SELECT * FROM supervision_item WHERE year = ? AND number = ?", b.year(), b.number())
                    .stream().findFirst().map(SupervisionRecords.SUPERVISION_ITEM::fromRow)
                    .orElseThrow(() -> new TransitionRefused("supervision.refused.noSuchNumber", b.year(), b.number()));
        } else if (sameTitle(uow, b.draft()) != null) {
            item = sameTitle(uow, b.draft());
        } else {
            LocalDate on = b.assignOn() != null ? b.assignOn() : today();
            SupervisionItem draft = b.draft();
            item = new SupervisionItem(Ids.newId(), on.getYear(), 0, draft.source(), draft.sourceDocNo(), null,
                    draft.title(), draft.content(), draft.importance(), draft.leadUnitId(),
                    draft.cooperatingUnitIds(), draft.leader(), draft.contact(), null, draft.deadline(), null,
                    List.of(), draft.feedbackCycle(), draft.feedbackDay(), SupervisionState.REGISTERED, on, null, null,
                    0, false);
            item = apply(uow, workflow.register(item, on, uow.actor()));
            if (b.assignOn() != null) {
                item = apply(uow, workflow.assign(item, SupervisionRepository.nextNumber(uow, on.getYear()), on,
                        uow.actor()));
                AssignmentDispatcher.dispatch(uow, item, on);
            }
            created = 1;
        }
        if (b.feedbackDate() == null || b.feedbackContent() == null || b.feedbackContent().isBlank()) {
            return new int[] {created, 0};
        }
        boolean exists = !uow.query("SELECT id FROM feedback WHERE item_id = ? AND date = ?", item.id(),
                b.feedbackDate()).isEmpty();
        if (exists) {
            return new int[] {created, 0};
        }
        Feedback f = new Feedback(Ids.newId(), item.id(), b.feedbackDate(), b.feedbackContent().strip(),
                b.progress() == null ? item.progress() : b.progress(), null, null, item.demo());
        SupervisionItem current = item;
        workflow.acceptFeedback(current, f, uow.actor()).ifPresent(step -> apply(uow, step));
        uow.put(SupervisionRecords.FEEDBACK, f);
        return new int[] {created, 1};
    }

    /** An item not yet numbered (立项) with the same title and lead unit: the ledger row describes it already. */
    private static SupervisionItem sameTitle(UnitOfWork uow, SupervisionItem draft) {
        return uow.query("SELECT * FROM supervision_item WHERE title = ? AND lead_unit_id = ?", draft.title(),
                draft.leadUnitId()).stream().findFirst().map(SupervisionRecords.SUPERVISION_ITEM::fromRow)
                .orElse(null);
    }

    private interface Action extends java.util.function.BiFunction<UnitOfWork, SupervisionItem, Step> {
    }

    private SupervisionItem act(String action, String id, Action work) {
        return store.write(action, uow -> apply(uow, work.apply(uow, load(uow, id))));
    }

    static SupervisionItem apply(UnitOfWork uow, Step step) {
        uow.put(SupervisionRecords.SUPERVISION_ITEM, step.item());
        if (step.event() != null) {
            uow.put(SupervisionRecords.EVENT, step.event());
        }
        return step.item();
    }

    private static SupervisionItem load(UnitOfWork uow, String id) {
        return uow.find(SupervisionRecords.SUPERVISION_ITEM, id)
                .orElseThrow(() -> new TransitionRefused("supervision.refused.notFound", id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
