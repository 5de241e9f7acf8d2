package cn.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.calendar.WeekendCalendar;
import cn.quanze.supervision.domain.Dispatch.Decision;
import cn.quanze.supervision.domain.Dispatch.DispatchRole;
import cn.quanze.supervision.domain.Receipt.RequestKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {
    private static final LocalDate FRI = LocalDate.of(2026, 11, 20);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    private final AssignmentRules rules = new AssignmentRules(new WeekendCalendar());
    private final Dispatch dispatch = new Dispatch("d1", "i1", "QU", "u1", "JD01", DispatchRole.LEAD, FRI, DEADLINE,
            "要求", true, 0, 0, null, null, null, null);

    @Test
    void unsignedTurnsYellowAfterTheSettingsWorkingDaysNotCountingTheWeekend() {
        assertThat(rules.signLate(dispatch, null, LocalDate.of(2026, 11, 23), 1)).isFalse();
        assertThat(rules.light(dispatch, null, LocalDate.of(2026, 11, 23), 1)).isEqualTo(Light.GREEN);
        assertThat(rules.signLate(dispatch, null, LocalDate.of(2026, 11, 24), 1)).isTrue();
        assertThat(rules.light(dispatch, null, LocalDate.of(2026, 11, 24), 1)).isEqualTo(Light.YELLOW);
        assertThat(rules.signLate(dispatch, null, LocalDate.of(2026, 11, 24), 2)).isFalse();
        Receipt signed = rules.sign(dispatch, null, FRI, "张三");
        assertThat(rules.signLate(dispatch, signed, LocalDate.of(2026, 12, 1), 1)).isFalse();
        assertThat(rules.light(dispatch, signed, LocalDate.of(2027, 1, 4), 1)).isEqualTo(Light.RED);
    }

    @Test
    void signOrGiveBackOnceAndGivingBackNeedsAReason() {
        Receipt signed = rules.sign(dispatch, null, FRI, "张三");
        assertThatThrownBy(() -> rules.sign(dispatch, signed, FRI, "李四")).isInstanceOf(TransitionRefused.class)
                .extracting(e -> ((TransitionRefused) e).key()).isEqualTo("supervision.assign.refused.answered");
        assertThatThrownBy(() -> rules.giveBack(dispatch, null, " ", null, FRI, "张三"))
                .isInstanceOf(TransitionRefused.class);
        Receipt back = rules.giveBack(dispatch, null, "不属于本单位职责", "区住建委", FRI, "张三");
        assertThat(back.suggestedUnit()).isEqualTo("区住建委");
        assertThatThrownBy(() -> rules.decompose("s", dispatch, back, "城建科", null, "x", DEADLINE))
                .extracting(e -> ((TransitionRefused) e).key()).isEqualTo("supervision.assign.refused.notSigned");
    }

    @Test
    void subtaskDeadlineNoLaterThanTheParentsAndProgressRollsUp() {
        Receipt signed = rules.sign(dispatch, null, FRI, "张三");
        assertThatThrownBy(() -> rules.decompose("s0", dispatch, signed, "城建科", null, "排查", DEADLINE.plusDays(1)))
                .extracting(e -> ((TransitionRefused) e).key()).isEqualTo("supervision.assign.refused.subtaskLater");
        Subtask a = rules.progress(rules.decompose("s1", dispatch, signed, "城建科", null, "排查", DEADLINE), 100, "完成",
                FRI);
        Subtask b = rules.progress(rules.decompose("s2", dispatch, signed, "社区办", null, "宣传", FRI), 30, null, FRI);
        assertThat(a.done()).isTrue();
        assertThatThrownBy(() -> rules.progress(b, 20, null, FRI)).isInstanceOf(TransitionRefused.class);
        Receipt reported = rules.report(signed, List.of(a, b), 0, FRI);
        assertThat(reported.progress()).isEqualTo(65);
        assertThat(reported.subtasks()).isEmpty();
        Receipt shared = rules.report(rules.share(signed, true, List.of(a, b)), List.of(a, b), 0, FRI);
        assertThat(shared.subtasks()).extracting(Receipt.SharedSubtask::department).containsExactly("城建科", "社区办");
    }

    @Test
    void oneRequestAtATimeAndTheDecisionMustMatchIt() {
        Receipt signed = rules.sign(dispatch, null, FRI, "张三");
        assertThatThrownBy(() -> rules.request(dispatch, signed, RequestKind.EXTENSION, "资金", DEADLINE, FRI))
                .isInstanceOf(TransitionRefused.class);
        Receipt asked = rules.request(dispatch, signed, RequestKind.EXTENSION, "资金", DEADLINE.plusDays(15), FRI);
        assertThat(AssignmentRules.pending(dispatch, asked)).isTrue();
        assertThatThrownBy(() -> rules.request(dispatch, asked, RequestKind.COMPLETION, "完成", null, FRI))
                .extracting(e -> ((TransitionRefused) e).key()).isEqualTo("supervision.assign.refused.requestPending");
        assertThatThrownBy(() -> rules.decide(dispatch, asked, Decision.COMPLETION_APPROVED, null, null, FRI))
                .extracting(e -> ((TransitionRefused) e).key()).isEqualTo("supervision.assign.refused.wrongDecision");
        Dispatch granted = rules.decide(dispatch, asked, Decision.EXTENSION_APPROVED, null, null, FRI);
        assertThat(granted.deadline()).isEqualTo(DEADLINE.plusDays(15));
        assertThat(AssignmentRules.pending(granted, asked)).isFalse();
        Receipt done = rules.request(granted, asked, RequestKind.COMPLETION, "完成", null, FRI);
        Dispatch approved = rules.decide(granted, done, Decision.COMPLETION_APPROVED, null, null, FRI);
        assertThat(approved.completed()).isTrue();
        assertThat(rules.light(approved, done, FRI, 1)).isNull();
    }

    @Test
    void settlementStartsTheItemOnceAndTakesTheRequestIn() {
        SupervisionWorkflow wf = new SupervisionWorkflow(new WeekendCalendar());
        SupervisionItem item = wf.assign(Items.registered(DEADLINE, null, FeedbackCycle.MONTHLY), 1, FRI, "督查科").item();
        Receipt signed = rules.sign(dispatch, null, FRI, "张三").reported(40, FRI, List.of());
        Receipt asked = rules.request(dispatch, signed, RequestKind.COMPLETION, "已完成", null, FRI);
        AssignmentSettlement.Outcome o = new AssignmentSettlement(wf).settle(item, dispatch, asked);
        SupervisionItem after = o.steps().get(o.steps().size() - 1).item();
        assertThat(after.state()).isEqualTo(SupervisionState.COMPLETION_REQUESTED);
        assertThat(after.progress()).isEqualTo(40);
        assertThat(o.dispatch().appliedSeq()).isEqualTo(1);
        assertThat(new AssignmentSettlement(wf).settle(after, o.dispatch(), asked).changed(o.dispatch())).isFalse();
    }
}
