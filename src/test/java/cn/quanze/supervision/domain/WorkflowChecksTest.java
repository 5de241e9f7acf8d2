package cn.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.quanze.cases.domain.calendar.WeekendCalendar;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The checks behind each step of a supervision item, as the clerk meets them: a field left empty, a date before the
 * step it follows, progress that would go back, an extension while one is pending. A refusal names its reason.
 */
class WorkflowChecksTest {
    private final SupervisionWorkflow wf = new SupervisionWorkflow(new WeekendCalendar());
    private static final LocalDate MON = LocalDate.of(2026, 11, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    private static SupervisionItem item(String title, String lead, SupervisionSource source, FeedbackCycle cycle,
                                        LocalDate deadline, Integer workdays) {
        return new SupervisionItem("item-1", 2026, 0, source, null, null, title, "内容", Importance.MAJOR, lead,
                List.of(), "副区长", null, null, deadline, workdays, List.of(), cycle, null, SupervisionState.REGISTERED,
                null, null, null, 0, false);
    }

    private static SupervisionItem registered() {
        return item("推进政务服务一网通办", "unit-a", SupervisionSource.LEADER_INSTRUCTION, FeedbackCycle.MONTHLY, DEADLINE,
                null);
    }

    private SupervisionItem assigned() {
        return wf.assign(registered(), 7, MON, "sup").item();
    }

    private SupervisionItem inProgress(int progress) {
        return wf.acceptFeedback(assigned(), feedback(MON, progress), "u").orElseThrow().item();
    }

    private static Feedback feedback(LocalDate on, int progress) {
        return new Feedback("f1", "item-1", on, "完成方案起草", progress, null, null, false);
    }

    private static TransitionRefused refused(ThrowingCallable call) {
        TransitionRefused r = catchThrowableOfType(TransitionRefused.class, call);
        assertThat(r).as("refused").isNotNull();
        return r;
    }

    private static void requiredField(ThrowingCallable call, String field) {
        TransitionRefused r = refused(call);
        assertThat(r.key()).isEqualTo("supervision.refused.required");
        assertThat(r.args()).containsExactly(field);
    }

    @Test
    void registrationNeedsATitleALeadUnitASourceAFeedbackCycleAndADeadline() {
        requiredField(() -> wf.register(item(" ", "unit-a", SupervisionSource.KEY_WORK, FeedbackCycle.ONCE, DEADLINE,
                null), MON, "u"), "supervision.field.title");
        requiredField(() -> wf.register(item(null, "unit-a", SupervisionSource.KEY_WORK, FeedbackCycle.ONCE, DEADLINE,
                null), MON, "u"), "supervision.field.title");
        requiredField(() -> wf.register(item("标题", null, SupervisionSource.KEY_WORK, FeedbackCycle.ONCE, DEADLINE,
                null), MON, "u"), "supervision.field.leadUnit");
        requiredField(() -> wf.register(item("标题", "unit-a", null, FeedbackCycle.ONCE, DEADLINE, null), MON, "u"),
                "supervision.field.source");
        requiredField(() -> wf.register(item("标题", "unit-a", SupervisionSource.KEY_WORK, null, DEADLINE, null), MON,
                "u"), "supervision.field.cycle");
        for (Integer none : new Integer[] {null, 0}) {
            assertThat(refused(() -> wf.register(item("标题", "unit-a", SupervisionSource.KEY_WORK, FeedbackCycle.ONCE,
                    null, none), MON, "u")).key()).isEqualTo("supervision.refused.deadlineRequired");
        }
        var byWorkdays = wf.register(item("标题", "unit-a", SupervisionSource.KEY_WORK, FeedbackCycle.ONCE, null, 1),
                MON, "u");
        assertThat(byWorkdays.event().kind()).isEqualTo(EventKind.REGISTERED);
        assertThat(byWorkdays.event().toState()).isEqualTo(SupervisionState.REGISTERED);
        assertThat(byWorkdays.item()).isEqualTo(item("标题", "unit-a", SupervisionSource.KEY_WORK, FeedbackCycle.ONCE,
                null, 1));
        assertThat(refused(() -> wf.register(assigned(), MON, "u")).key()).isEqualTo("supervision.refused.state");
    }

    @Test
    void theDeadlineIsFixedAtAssignmentAndNotBeforeIt() {
        assertThat(wf.assign(item("标题", "unit-a", SupervisionSource.KEY_WORK, FeedbackCycle.ONCE, DEADLINE, 0), 1, MON,
                "u").item().deadline()).isEqualTo(DEADLINE);
        assertThat(wf.assign(item("标题", "unit-a", SupervisionSource.KEY_WORK, FeedbackCycle.ONCE, null, 1), 1, MON,
                "u").item().deadline()).isEqualTo(MON.plusDays(1));
        assertThat(wf.assign(registered(), 1, DEADLINE, "u").item().deadline()).isEqualTo(DEADLINE);
        TransitionRefused late = refused(() -> wf.assign(registered(), 1, DEADLINE.plusDays(1), "u"));
        assertThat(late.key()).isEqualTo("supervision.refused.deadlineBefore");
        assertThat(refused(() -> wf.assign(item("标题", "unit-a", SupervisionSource.KEY_WORK, FeedbackCycle.ONCE, null,
                null), 1, MON, "u")).key()).isEqualTo("supervision.refused.deadlineRequired");
    }

    @Test
    void feedbackNeedsContentProgressThatDoesNotGoBackAndADayAfterAssignment() {
        SupervisionItem working = inProgress(30);
        var same = wf.acceptFeedback(working, feedback(MON.plusDays(7), 30), "u").orElseThrow();
        assertThat(same.event()).isNull(); // a feedback on a running item moves no state
        assertThat(same.item().progress()).isEqualTo(30);
        assertThat(wf.acceptFeedback(working, feedback(MON.plusDays(7), 100), "u").orElseThrow().item().progress())
                .isEqualTo(100);
        for (int bad : new int[] {29, 101, -1}) {
            assertThat(refused(() -> wf.acceptFeedback(working, feedback(MON.plusDays(7), bad), "u")).key())
                    .as(Integer.toString(bad)).isEqualTo("supervision.refused.progress");
        }
        requiredField(() -> wf.acceptFeedback(working, new Feedback("f", "item-1", MON, " ", 40, null, null, false),
                "u"), "supervision.field.feedbackContent");
        assertThat(refused(() -> wf.acceptFeedback(assigned(), feedback(MON.minusDays(1), 10), "u")).key())
                .isEqualTo("supervision.refused.feedbackDate");
        assertThat(wf.acceptFeedback(assigned(), feedback(MON, 0), "u").orElseThrow().event().kind())
                .isEqualTo(EventKind.STARTED);
        assertThat(refused(() -> wf.acceptFeedback(registered(), feedback(MON, 10), "u")).key())
                .isEqualTo("supervision.refused.feedbackState");
    }

    @Test
    void anUrgeAndANoticeKeepTheStateAndRecordTheirText() {
        SupervisionItem working = inProgress(30);
        var urged = wf.urge(working, "  请加快进度  ", MON.plusDays(3), "sup");
        assertThat(urged.item()).isEqualTo(working);
        assertThat(urged.event().text()).isEqualTo("请加快进度");
        assertThat(urged.event().toState()).isEqualTo(SupervisionState.IN_PROGRESS);
        requiredField(() -> wf.urge(working, "", MON, "sup"), "supervision.field.urgeText");
        assertThat(refused(() -> wf.urge(registered(), "请加快进度", MON, "sup")).key())
                .isEqualTo("supervision.refused.state");

        var notice = wf.issueNotice(assigned(), "十日内报送整改方案", MON, "sup");
        assertThat(notice.event().kind()).isEqualTo(EventKind.NOTICE_ISSUED);
        assertThat(notice.event().text()).isEqualTo("十日内报送整改方案");
        assertThat(notice.event().newDeadline()).isEqualTo(DEADLINE);
        assertThat(notice.item().state()).isEqualTo(SupervisionState.ASSIGNED);
        assertThat(refused(() -> wf.issueNotice(registered(), "要求", MON, "sup")).key())
                .isEqualTo("supervision.refused.state");
    }

    @Test
    void completionIsRequestedWithASummaryAndNotWhileAnExtensionIsPending() {
        SupervisionItem working = inProgress(80);
        requiredField(() -> wf.requestCompletion(working, " ", MON, "u"), "supervision.field.completionSummary");
        SupervisionItem pending = wf.requestExtension(working, DEADLINE.plusDays(30), "雨季施工受限", MON, "u").item();
        assertThat(pending.requestedDeadline()).isEqualTo(DEADLINE.plusDays(30));
        assertThat(refused(() -> wf.requestCompletion(pending, "已完成", MON, "u")).key())
                .isEqualTo("supervision.refused.extensionPending");
        assertThat(wf.requestCompletion(working, "已完成", MON, "u").item().state())
                .isEqualTo(SupervisionState.COMPLETION_REQUESTED);
    }

    @Test
    void anExtensionIsLaterThanTheDeadlineOneAtATimeAndDecidedOnce() {
        SupervisionItem working = inProgress(30);
        assertThat(refused(() -> wf.requestExtension(working, DEADLINE, "理由", MON, "u")).key())
                .isEqualTo("supervision.refused.extensionNotLater");
        assertThat(refused(() -> wf.requestExtension(working, null, "理由", MON, "u")).key())
                .isEqualTo("supervision.refused.extensionNotLater");
        requiredField(() -> wf.requestExtension(working, DEADLINE.plusDays(1), " ", MON, "u"),
                "supervision.field.reason");
        var requested = wf.requestExtension(working, DEADLINE.plusDays(1), "理由", MON, "u");
        assertThat(requested.event().kind()).isEqualTo(EventKind.EXTENSION_REQUESTED);
        assertThat(requested.item().deadline()).isEqualTo(DEADLINE);
        assertThat(refused(() -> wf.requestExtension(requested.item(), DEADLINE.plusDays(5), "再延", MON, "u")).key())
                .isEqualTo("supervision.refused.extensionPending");

        var asked = wf.approveExtension(requested.item(), null, "同意", MON, "sup");
        assertThat(asked.item().deadline()).isEqualTo(DEADLINE.plusDays(1));
        assertThat(asked.item().requestedDeadline()).isNull();
        assertThat(wf.approveExtension(requested.item(), DEADLINE.plusDays(10), "多给几天", MON, "sup").item().deadline())
                .isEqualTo(DEADLINE.plusDays(10));
        assertThat(refused(() -> wf.approveExtension(requested.item(), DEADLINE, "不变", MON, "sup")).key())
                .isEqualTo("supervision.refused.extensionNotLater");
        assertThat(refused(() -> wf.approveExtension(asked.item(), null, "再次", MON, "sup")).key())
                .isEqualTo("supervision.refused.noExtensionPending");

        requiredField(() -> wf.refuseExtension(requested.item(), "", MON, "sup"), "supervision.field.reason");
        var no = wf.refuseExtension(requested.item(), "理由不充分", MON, "sup");
        assertThat(no.item().requestedDeadline()).isNull();
        assertThat(no.item().deadline()).isEqualTo(DEADLINE);
        assertThat(no.event().kind()).isEqualTo(EventKind.EXTENSION_REFUSED);
        assertThat(refused(() -> wf.refuseExtension(no.item(), "理由", MON, "sup")).key())
                .isEqualTo("supervision.refused.noExtensionPending");
    }

    @Test
    void aDeferredItemResumesWithANewDeadlineNotInThePast() {
        SupervisionItem deferred = wf.defer(inProgress(30), "等待政策", MON, "sup").item();
        LocalDate on = MON.plusDays(10);
        assertThat(refused(() -> wf.resume(deferred, on.minusDays(1), on, "sup")).key())
                .isEqualTo("supervision.refused.deadlineBefore");
        var sameDay = wf.resume(deferred, on, on, "sup");
        assertThat(sameDay.item().deadline()).isEqualTo(on);
        assertThat(sameDay.item().state()).isEqualTo(SupervisionState.IN_PROGRESS);
        assertThat(sameDay.event().kind()).isEqualTo(EventKind.RESUMED);
        var keep = wf.resume(deferred, null, on, "sup");
        assertThat(keep.item().deadline()).isEqualTo(DEADLINE);
        assertThat(keep.item().stateSince()).isEqualTo(on);
    }

    @Test
    void overdueCountsAtLeastOneWorkingDayFromTheDayAfterTheDeadline() {
        SupervisionItem friday = wf.assign(item("标题", "unit-a", SupervisionSource.KEY_WORK, FeedbackCycle.ONCE,
                LocalDate.of(2026, 11, 6), null), 1, MON, "u").item();
        assertThat(SupervisionWorkflow.isOverdue(friday, LocalDate.of(2026, 11, 6))).isFalse();
        assertThat(wf.workdaysOverdue(friday, LocalDate.of(2026, 11, 6))).isZero();
        assertThat(SupervisionWorkflow.isOverdue(friday, LocalDate.of(2026, 11, 7))).isTrue();
        assertThat(wf.workdaysOverdue(friday, LocalDate.of(2026, 11, 7))).isEqualTo(1); // a Saturday
        assertThat(wf.workdaysOverdue(friday, LocalDate.of(2026, 11, 11))).isEqualTo(3);
        SupervisionItem deferred = wf.defer(friday, "等待", MON, "u").item();
        assertThat(SupervisionWorkflow.isOverdue(deferred, LocalDate.of(2026, 11, 11))).isFalse();
        assertThat(wf.calendar()).isInstanceOf(WeekendCalendar.class);
    }

    @Test
    void rectificationsCloseOnceWithANoteAndARecheckNotBeforeIt() {
        Rectification open = new Rectification("r1", "item-1", "台账资料不完整", "unit-a", "张三", DEADLINE, "补齐台账",
                RectificationState.OPEN, null, null, null, null, false);
        assertThat(open.overdue(DEADLINE)).isFalse();
        assertThat(open.overdue(DEADLINE.plusDays(1))).isTrue();
        var done = open.verify(DEADLINE, "督查科", "  已补齐  ", DEADLINE);
        assertThat(done.state()).isEqualTo(RectificationState.VERIFIED);
        assertThat(done.verificationNote()).isEqualTo("已补齐");
        assertThat(done.verifiedOn()).isEqualTo(DEADLINE);
        assertThat(done.verifiedBy()).isEqualTo("督查科");
        assertThat(done.recheckOn()).isEqualTo(DEADLINE);
        assertThat(done.overdue(DEADLINE.plusDays(30))).isFalse();
        assertThat(refused(() -> done.verify(DEADLINE, "督查科", "再次", null)).key())
                .isEqualTo("supervision.refused.rectificationClosed");
        assertThat(refused(() -> open.verify(DEADLINE, "督查科", " ", null)).key())
                .isEqualTo("supervision.refused.reasonRequired");
        assertThat(refused(() -> open.verify(DEADLINE, "督查科", "已补齐", DEADLINE.minusDays(1))).key())
                .isEqualTo("supervision.refused.recheckBefore");
        Rectification noDeadline = new Rectification("r2", "item-1", "问题", "unit-a", null, null, null,
                RectificationState.OPEN, null, null, null, null, false);
        assertThat(noDeadline.overdue(DEADLINE)).isFalse();
        assertThat(noDeadline.verify(DEADLINE, "督查科", "已整改", null).recheckOn()).isNull();
    }

    @Test
    void eachStepOnlyInTheStatesItBelongsTo() {
        SupervisionItem working = inProgress(30);
        assertThat(refused(() -> wf.start(working, MON, "u")).args()).containsExactly(SupervisionState.IN_PROGRESS,
                EventKind.STARTED);
        assertThat(refused(() -> wf.returnToUnit(working, "佐证不全", MON, "sup")).key())
                .isEqualTo("supervision.refused.state");
        assertThat(refused(() -> wf.requestExtension(registered(), DEADLINE.plusDays(5), "理由", MON, "u")).key())
                .isEqualTo("supervision.refused.state");
        assertThat(refused(() -> wf.resume(working, null, MON, "sup")).key()).isEqualTo("supervision.refused.state");
        assertThat(refused(() -> wf.archive(working, MON, "sup")).key()).isEqualTo("supervision.refused.state");
    }

    @Test
    void warningThresholdsStayWithinTheSettingsRange() {
        assertThat(new SupervisionThresholds(0, 0).deadlineDays()).isZero();
        assertThat(new SupervisionThresholds(60, 30).feedbackDays()).isEqualTo(30);
        for (int[] bad : new int[][] {{-1, 3}, {61, 3}, {5, -1}, {5, 31}}) {
            assertThat(catchThrowableOfType(IllegalArgumentException.class,
                    () -> new SupervisionThresholds(bad[0], bad[1]))).as(bad[0] + "/" + bad[1]).isNotNull();
        }
    }
}
