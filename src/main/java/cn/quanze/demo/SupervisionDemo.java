package cn.quanze.demo;

import cn.quanze.core.domain.Ids;
import cn.quanze.supervision.domain.EventKind;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.Rectification;
import cn.quanze.supervision.domain.RectificationState;
import cn.quanze.supervision.domain.SupervisionEvent;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.data.SupervisionRecords;
import cn.quanze.supervision.data.SupervisionRepository;
import cn.quanze.core.db.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the seed supervision items into records with a believable history: the timeline events a real item
 * would have (立项, 交办, 督办通知单, 签收, 催办 when overdue, 申请办结, 办结, 归档, 暂缓, 撤销, 申请延期) dated from
 * the seed's own dates, and the seed 整改 items. The demo "today" is {@link #DEMO_TODAY} (seeds/README.md).
 */
final class SupervisionDemo {
    static final LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 22);
    private static final String ACTOR = "示例数据";

    record SeedFeedback(LocalDate date, String content, int progress, String problems, String nextSteps) {
    }

    record SeedExtension(LocalDate deadline, String reason) {
    }

    record SeedSupervision(String seedRef, String source, String sourceDocNo, LocalDate sourceDate, String title,
                           String content, String importance, String leadUnit, List<String> cooperatingUnits,
                           String leader, String contact, LocalDate assignedOn, LocalDate deadline,
                           String feedbackCycle, Integer feedbackDay, String state, String reason,
                           SeedExtension extensionRequest, List<SeedFeedback> feedback) {
    }

    record SeedVerification(LocalDate on, String note, LocalDate recheckOn) {
    }

    record SeedRectification(String seedRef, String problem, String ownerUnit, String owner, LocalDate deadline,
                             String measures, SeedVerification verified) {
    }

    private final UnitOfWork uow;
    private final Map<String, String> deptIds;
    private final Map<String, String> itemIds = new java.util.HashMap<>();
    int feedbackCount;

    SupervisionDemo(UnitOfWork uow, Map<String, String> deptIds) {
        this.uow = uow;
        this.deptIds = deptIds;
    }

    void put(SeedSupervision s) {
        String id = Ids.newId();
        itemIds.put(s.seedRef(), id);
        SupervisionState state = SupervisionState.fromOfficialName(s.state()).orElse(SupervisionState.IN_PROGRESS);
        int year = s.assignedOn().getYear();
        boolean assigned = state != SupervisionState.REGISTERED;
        int number = assigned ? SupervisionRepository.nextNumber(uow, year) : 0;
        List<SeedFeedback> feedback = s.feedback() == null ? List.of() : s.feedback();
        LocalDate lastFeedback = feedback.stream().map(SeedFeedback::date).max(LocalDate::compareTo).orElse(null);
        boolean done = state == SupervisionState.COMPLETED || state == SupervisionState.ARCHIVED;
        int progress = done ? 100 : feedback.stream().mapToInt(SeedFeedback::progress).max().orElse(0);
        LocalDate requested = lastFeedback == null ? s.assignedOn().plusDays(30) : lastFeedback.plusDays(2);
        LocalDate completedOn = done ? requested.plusDays(5) : null;
        LocalDate since = switch (state) {
            case REGISTERED -> s.assignedOn();
            case ASSIGNED -> s.assignedOn();
            case IN_PROGRESS -> feedback.isEmpty() ? s.assignedOn() : feedback.get(0).date();
            case COMPLETION_REQUESTED -> requested;
            case COMPLETED -> completedOn;
            case ARCHIVED -> completedOn.plusDays(14);
            case DEFERRED, WITHDRAWN -> lastFeedback == null ? s.assignedOn().plusDays(20) : lastFeedback.plusDays(7);
        };
        LocalDate pending = state == SupervisionState.IN_PROGRESS && s.extensionRequest() != null
                ? s.extensionRequest().deadline() : null;
        SupervisionItem item = new SupervisionItem(id, year, number,
                SupervisionSource.fromOfficialName(s.source()).orElse(SupervisionSource.KEY_WORK), s.sourceDocNo(),
                s.sourceDate(), s.title(), s.content(), Importance.fromOfficialName(s.importance()),
                deptIds.get(s.leadUnit()),
                s.cooperatingUnits() == null ? List.of()
                        : s.cooperatingUnits().stream().map(deptIds::get).filter(x -> x != null).toList(),
                s.leader(), s.contact(), assigned ? s.assignedOn() : null, s.deadline(), null, List.of(),
                FeedbackCycle.fromOfficialName(s.feedbackCycle()).orElse(FeedbackCycle.MONTHLY), s.feedbackDay(),
                state, since, pending, completedOn, progress, true);
        uow.put(SupervisionRecords.SUPERVISION_ITEM, item);
        for (SeedFeedback f : feedback) {
            uow.put(SupervisionRecords.FEEDBACK, new Feedback(Ids.newId(), id, f.date(), f.content(), f.progress(),
                    f.problems(), f.nextSteps(), true));
            feedbackCount++;
        }
        history(item, s, feedback, requested);
    }

    private void history(SupervisionItem item, SeedSupervision s, List<SeedFeedback> feedback, LocalDate requested) {
        SupervisionState state = item.state();
        LocalDate registered = s.assignedOn().minusDays(3);
        List<SupervisionEvent> events = new ArrayList<>();
        events.add(ev(item, EventKind.REGISTERED, registered, null, SupervisionState.REGISTERED, null, null));
        if (state == SupervisionState.REGISTERED) {
            write(events);
            return;
        }
        SupervisionState at = SupervisionState.ASSIGNED;
        events.add(ev(item, EventKind.ASSIGNED, s.assignedOn(), SupervisionState.REGISTERED, at, null, s.deadline()));
        if (item.importance() == Importance.MAJOR) {
            events.add(ev(item, EventKind.NOTICE_ISSUED, s.assignedOn(), at, at,
                    "请按要求抓好落实，按期报送进展情况。", s.deadline()));
        }
        if (!feedback.isEmpty() && state != SupervisionState.ASSIGNED) {
            events.add(ev(item, EventKind.STARTED, feedback.get(0).date(), at, SupervisionState.IN_PROGRESS, null,
                    null));
            at = SupervisionState.IN_PROGRESS;
        }
        LocalDate urgeOn = s.deadline().plusDays(3);
        if (state == SupervisionState.IN_PROGRESS && urgeOn.isBefore(DEMO_TODAY)) {
            events.add(ev(item, EventKind.URGED, urgeOn, at, at,
                    "该事项已超过办理时限，请于5个工作日内书面报送办理情况及超期原因。", null));
        }
        if (item.requestedDeadline() != null) {
            events.add(ev(item, EventKind.EXTENSION_REQUESTED, DEMO_TODAY.minusDays(4), at, at,
                    s.extensionRequest().reason(), item.requestedDeadline()));
        }
        switch (state) {
            case COMPLETION_REQUESTED, COMPLETED, ARCHIVED -> {
                events.add(ev(item, EventKind.COMPLETION_REQUESTED, requested, at,
                        SupervisionState.COMPLETION_REQUESTED, "各项任务已按要求完成，申请办结。", null));
                if (state != SupervisionState.COMPLETION_REQUESTED) {
                    events.add(ev(item, EventKind.COMPLETION_APPROVED, item.completedOn(),
                            SupervisionState.COMPLETION_REQUESTED, SupervisionState.COMPLETED, "经核查，同意办结。", null));
                }
                if (state == SupervisionState.ARCHIVED) {
                    events.add(ev(item, EventKind.ARCHIVED, item.stateSince(), SupervisionState.COMPLETED,
                            SupervisionState.ARCHIVED, null, null));
                }
            }
            case DEFERRED -> events.add(ev(item, EventKind.DEFERRED, item.stateSince(), at, state, s.reason(), null));
            case WITHDRAWN -> events.add(ev(item, EventKind.WITHDRAWN, item.stateSince(), at, state, s.reason(), null));
            default -> { }
        }
        write(events);
    }

    void put(SeedRectification r) {
        SeedVerification v = r.verified();
        uow.put(SupervisionRecords.RECTIFICATION, new Rectification(Ids.newId(), itemIds.get(r.seedRef()),
                r.problem(), deptIds.get(r.ownerUnit()), r.owner(), r.deadline(), r.measures(),
                v == null ? RectificationState.OPEN : RectificationState.VERIFIED, v == null ? null : v.on(),
                v == null ? null : ACTOR, v == null ? null : v.note(), v == null ? null : v.recheckOn(), true));
    }

    private void write(List<SupervisionEvent> events) {
        events.forEach(e -> uow.put(SupervisionRecords.EVENT, e));
    }

    private static SupervisionEvent ev(SupervisionItem item, EventKind kind, LocalDate on, SupervisionState from,
                                       SupervisionState to, String text, LocalDate deadline) {
        return new SupervisionEvent(Ids.newId(), item.id(), kind, on, from, to, text, deadline, ACTOR, true);
    }
}
