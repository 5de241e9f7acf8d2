package cn.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.cases.domain.calendar.WeekendCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SupervisionWorkflowTest {
    private final SupervisionWorkflow wf = new SupervisionWorkflow(new WeekendCalendar());
    private final LocalDate mon = LocalDate.of(2026, 11, 2);

    @Test
    void fullLifeMovesThroughEveryStateAndRecordsEachStep() {
        SupervisionItem item = Items.registered(LocalDate.of(2026, 12, 31), null, FeedbackCycle.MONTHLY);
        assertThat(wf.register(item, mon, "u").event().kind()).isEqualTo(EventKind.REGISTERED);
        var assigned = wf.assign(item, 7, mon, "u");
        assertThat(assigned.item().state()).isEqualTo(SupervisionState.ASSIGNED);
        assertThat(assigned.item().displayNumber()).isEqualTo("督办〔2026〕7号");
        assertThat(assigned.item().assignedOn()).isEqualTo(mon);
        assertThat(assigned.event().fromState()).isEqualTo(SupervisionState.REGISTERED);

        Feedback f = new Feedback("f1", item.id(), mon.plusDays(3), "已完成方案起草", 30, null, null, false);
        var started = wf.acceptFeedback(assigned.item(), f, "u").orElseThrow();
        assertThat(started.item().state()).isEqualTo(SupervisionState.IN_PROGRESS);
        assertThat(started.item().progress()).isEqualTo(30);
        assertThat(started.event().kind()).isEqualTo(EventKind.STARTED);

        var requested = wf.requestCompletion(started.item(), "已全部完成", mon.plusDays(20), "u");
        var returned = wf.returnToUnit(requested.item(), "佐证材料不全", mon.plusDays(21), "sup");
        assertThat(returned.item().state()).isEqualTo(SupervisionState.IN_PROGRESS);
        assertThat(returned.event().text()).isEqualTo("佐证材料不全");
        var again = wf.requestCompletion(returned.item(), "补充了材料", mon.plusDays(22), "u");
        var done = wf.approveCompletion(again.item(), "同意", mon.plusDays(23), "sup");
        assertThat(done.item().state()).isEqualTo(SupervisionState.COMPLETED);
        assertThat(done.item().completedOn()).isEqualTo(mon.plusDays(23));
        assertThat(done.item().progress()).isEqualTo(100);
        assertThat(wf.archive(done.item(), mon.plusDays(30), "sup").item().state())
                .isEqualTo(SupervisionState.ARCHIVED);
    }

    @Test
    void deadlineInWorkingDaysIsFixedAtAssignment() {
        SupervisionItem item = Items.registered(null, 10, FeedbackCycle.WEEKLY);
        var assigned = wf.assign(item, 1, LocalDate.of(2026, 11, 20), "u");
        assertThat(assigned.item().deadline()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(assigned.event().newDeadline()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void illegalTransitionsAreRefusedWithTheStateAndAction() {
        SupervisionItem item = Items.registered(LocalDate.of(2026, 12, 31), null, FeedbackCycle.MONTHLY);
        assertThatThrownBy(() -> wf.approveCompletion(item, "", mon, "u")).isInstanceOf(TransitionRefused.class)
                .satisfies(e -> {
                    TransitionRefused r = (TransitionRefused) e;
                    assertThat(r.key()).isEqualTo("supervision.refused.state");
                    assertThat(r.args()).containsExactly(SupervisionState.REGISTERED, EventKind.COMPLETION_APPROVED);
                });
        assertThatThrownBy(() -> wf.archive(item, mon, "u")).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> wf.requestCompletion(item, "x", mon, "u")).isInstanceOf(TransitionRefused.class);
        var assigned = wf.assign(item, 1, mon, "u").item();
        assertThatThrownBy(() -> wf.assign(assigned, 2, mon, "u")).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> wf.returnToUnit(assigned, "x", mon, "u")).isInstanceOf(TransitionRefused.class);
    }

    @ParameterizedTest
    @EnumSource(value = SupervisionState.class, names = {"COMPLETED", "ARCHIVED", "WITHDRAWN"})
    void closedItemsCannotBeWithdrawnDeferredOrFedBack(SupervisionState state) {
        SupervisionItem item = Items.registered(LocalDate.of(2026, 12, 31), null, FeedbackCycle.MONTHLY)
                .withState(state, mon);
        assertThatThrownBy(() -> wf.withdraw(item, "理由", mon, "u")).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> wf.defer(item, "理由", mon, "u")).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> wf.acceptFeedback(item, new Feedback("f", "item-1", mon, "x", 50, null, null, false),
                "u")).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void reasonsAreRequiredForReturnDeferWithdrawAndExtension() {
        SupervisionItem working = wf.start(wf.assign(Items.registered(LocalDate.of(2026, 12, 31), null,
                FeedbackCycle.MONTHLY), 1, mon, "u").item(), mon, "u").item();
        for (Runnable r : new Runnable[] {
            () -> wf.defer(working, " ", mon, "u"),
            () -> wf.withdraw(working, null, mon, "u"),
            () -> wf.requestExtension(working, LocalDate.of(2027, 3, 31), "", mon, "u")}) {
            assertThatThrownBy(r::run).isInstanceOf(TransitionRefused.class)
                    .extracting(e -> ((TransitionRefused) e).key()).isEqualTo("supervision.refused.required");
        }
    }

    @Test
    void extensionIsRequestedThenApprovedOrRefused() {
        SupervisionItem working = wf.start(wf.assign(Items.registered(LocalDate.of(2026, 12, 31), null,
                FeedbackCycle.MONTHLY), 1, mon, "u").item(), mon, "u").item();
        assertThatThrownBy(() -> wf.requestExtension(working, LocalDate.of(2026, 12, 1), "需要时间", mon, "u"))
                .extracting(e -> ((TransitionRefused) e).key()).isEqualTo("supervision.refused.extensionNotLater");
        var requested = wf.requestExtension(working, LocalDate.of(2027, 3, 31), "需要协调市级部门", mon, "u");
        assertThat(requested.item().requestedDeadline()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(requested.item().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> wf.requestExtension(requested.item(), LocalDate.of(2027, 4, 30), "再延", mon, "u"))
                .extracting(e -> ((TransitionRefused) e).key()).isEqualTo("supervision.refused.extensionPending");
        assertThatThrownBy(() -> wf.requestCompletion(requested.item(), "完成", mon, "u"))
                .isInstanceOf(TransitionRefused.class);

        var approved = wf.approveExtension(requested.item(), LocalDate.of(2027, 2, 28), "同意延至2月底", mon, "sup");
        assertThat(approved.item().deadline()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(approved.item().requestedDeadline()).isNull();
        assertThat(approved.event().kind()).isEqualTo(EventKind.EXTENSION_APPROVED);

        var again = wf.requestExtension(approved.item(), LocalDate.of(2027, 6, 30), "再次申请", mon, "u");
        var refused = wf.refuseExtension(again.item(), "理由不充分", mon, "sup");
        assertThat(refused.item().deadline()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(refused.item().requestedDeadline()).isNull();
        assertThatThrownBy(() -> wf.refuseExtension(refused.item(), "x", mon, "sup"))
                .extracting(e -> ((TransitionRefused) e).key()).isEqualTo("supervision.refused.noExtensionPending");
    }

    @Test
    void deferResumeAndWithdrawKeepTheItem() {
        SupervisionItem working = wf.start(wf.assign(Items.registered(LocalDate.of(2026, 12, 31), null,
                FeedbackCycle.MONTHLY), 1, mon, "u").item(), mon, "u").item();
        var deferred = wf.defer(working, "上级政策调整", mon.plusDays(5), "sup");
        assertThat(deferred.item().state()).isEqualTo(SupervisionState.DEFERRED);
        assertThat(SupervisionWorkflow.isOverdue(deferred.item(), LocalDate.of(2027, 2, 1))).isFalse();
        var resumed = wf.resume(deferred.item(), LocalDate.of(2027, 3, 31), mon.plusDays(40), "sup");
        assertThat(resumed.item().state()).isEqualTo(SupervisionState.IN_PROGRESS);
        assertThat(resumed.item().deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
        var withdrawn = wf.withdraw(resumed.item(), "并入其他事项", mon.plusDays(41), "sup");
        assertThat(withdrawn.item().state()).isEqualTo(SupervisionState.WITHDRAWN);
        assertThat(withdrawn.event().text()).isEqualTo("并入其他事项");
    }

    @Test
    void overdueIsDerivedFromTheDeadlineInWorkingDays() {
        SupervisionItem working = wf.start(wf.assign(Items.registered(LocalDate.of(2026, 11, 13), null,
                FeedbackCycle.MONTHLY), 1, mon, "u").item(), mon, "u").item();
        assertThat(SupervisionWorkflow.isOverdue(working, LocalDate.of(2026, 11, 13))).isFalse();
        assertThat(SupervisionWorkflow.isOverdue(working, LocalDate.of(2026, 11, 16))).isTrue();
        assertThat(wf.workdaysOverdue(working, LocalDate.of(2026, 11, 20))).isEqualTo(5);
    }

    @Test
    void feedbackProgressCannotGoBack() {
        SupervisionItem working = wf.start(wf.assign(Items.registered(LocalDate.of(2026, 12, 31), null,
                FeedbackCycle.MONTHLY), 1, mon, "u").item(), mon, "u").item();
        var first = wf.acceptFeedback(working, new Feedback("a", "item-1", mon.plusDays(1), "进展", 60, null, null,
                false), "u").orElseThrow().item();
        assertThatThrownBy(() -> wf.acceptFeedback(first, new Feedback("b", "item-1", mon.plusDays(2), "进展", 40,
                null, null, false), "u")).extracting(e -> ((TransitionRefused) e).key())
                .isEqualTo("supervision.refused.progress");
    }
}
