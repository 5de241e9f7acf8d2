package cn.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.cases.domain.calendar.WeekendCalendar;
import cn.quanze.core.domain.Light;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Why a light is red or yellow: 逾期 and 反馈逾期 told apart, each from the one definition the counts use. */
class LightReasonTest {
    private final WeekendCalendar calendar = new WeekendCalendar();
    private final SupervisionWorkflow wf = new SupervisionWorkflow(calendar);
    private final SupervisionRules rules = new SupervisionRules(calendar);

    private SupervisionItem working(LocalDate assigned, LocalDate deadline) {
        SupervisionItem r = Items.registered(deadline, null, FeedbackCycle.MONTHLY);
        r = new SupervisionItem(r.id(), r.year(), r.number(), r.source(), r.sourceDocNo(), r.sourceDate(), r.title(),
                r.content(), r.importance(), r.leadUnitId(), r.cooperatingUnitIds(), r.leader(), r.contact(), null,
                deadline, null, List.of(), FeedbackCycle.MONTHLY, 25, SupervisionState.REGISTERED, null, null, null, 0,
                false);
        return wf.start(wf.assign(r, 1, assigned, "u").item(), assigned, "u").item();
    }

    private SupervisionRules.Signal signal(SupervisionItem item, List<LocalDate> feedback, LocalDate today) {
        return rules.signal(item, rules.schedule().analyse(item, feedback, today), today).orElseThrow();
    }

    @Test
    void aMissedFeedbackMonthsBeforeTheDeadlineIsRedForFeedbackNotForTheDeadline() {
        SupervisionItem item = working(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 31));
        LocalDate today = LocalDate.of(2026, 11, 2);
        SupervisionRules.Signal s = signal(item, List.of(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 25),
                LocalDate.of(2026, 9, 24)), today);
        assertThat(s.light()).isEqualTo(Light.RED);
        assertThat(s.reasons()).containsExactly(LightReason.FEEDBACK_OVERDUE);
        assertThat(SupervisionRules.overdue(item, today)).isFalse();
    }

    @Test
    void pastTheDeadlineWithFeedbackOnTimeIsRedOnlyForTheDeadline() {
        SupervisionItem item = working(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 30));
        LocalDate today = LocalDate.of(2026, 11, 2);
        SupervisionRules.Signal s = signal(item, List.of(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 25),
                LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 23)), today);
        assertThat(s.reasons()).containsExactly(LightReason.OVERDUE);
        assertThat(s.light()).isEqualTo(Light.RED);
    }

    @Test
    void bothLateGivesBothReasonsAndAnEarlierMissedCycleMadeGoodIsNotLateNow() {
        SupervisionItem item = working(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 30));
        LocalDate today = LocalDate.of(2026, 11, 2);
        assertThat(signal(item, List.of(), today).reasons())
                .containsExactly(LightReason.OVERDUE, LightReason.FEEDBACK_OVERDUE);
        SupervisionItem later = working(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 31));
        List<LocalDate> gapInAugust = List.of(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 9, 24),
                LocalDate.of(2026, 10, 23));
        FeedbackSchedule.Analysis a = rules.schedule().analyse(later, gapInAugust, LocalDate.of(2026, 11, 10));
        assertThat(a.missed()).isEqualTo(1);
        assertThat(SupervisionRules.feedbackOverdue(a)).isFalse();
        assertThat(signal(later, gapInAugust, LocalDate.of(2026, 11, 10)).light()).isEqualTo(Light.GREEN);
    }

    @Test
    void yellowSaysWhichTimeIsNear() {
        SupervisionItem item = working(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 11, 20));
        List<LocalDate> all = List.of(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 25), LocalDate.of(2026, 9, 24),
                LocalDate.of(2026, 10, 23));
        SupervisionRules.Signal s = signal(item, all, LocalDate.of(2026, 11, 16));
        assertThat(s.light()).isEqualTo(Light.YELLOW);
        assertThat(s.reasons()).containsExactly(LightReason.DEADLINE_NEAR);
        assertThat(s.reasons()).noneMatch(LightReason::red);
        SupervisionItem far = working(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 31));
        assertThat(signal(far, all, LocalDate.of(2026, 11, 23)).reasons()).containsExactly(LightReason.FEEDBACK_DUE);
        assertThat(signal(far, all, LocalDate.of(2026, 11, 16)).reasons()).isEmpty();
    }
}
