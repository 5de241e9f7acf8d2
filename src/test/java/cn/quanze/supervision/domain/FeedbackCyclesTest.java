package cn.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.cases.domain.calendar.WeekendCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 反馈周期 as the lead unit meets them: which day each cycle is due, which feedback covers which cycle, how many were
 * missed in a row (what escalation counts), and that cycles stop when the item leaves work.
 */
class FeedbackCyclesTest {
    private final WeekendCalendar calendar = new WeekendCalendar();
    private final SupervisionWorkflow wf = new SupervisionWorkflow(calendar);
    private final FeedbackSchedule schedule = new FeedbackSchedule(calendar);
    private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    private SupervisionItem working(LocalDate assigned, LocalDate deadline, FeedbackCycle cycle, Integer day) {
        SupervisionItem r = new SupervisionItem("item-1", 2026, 0, SupervisionSource.KEY_WORK, null, null, "标题", "内容",
                Importance.NORMAL, "unit-a", List.of(), null, null, null, deadline, null, List.of(), cycle, day,
                SupervisionState.REGISTERED, null, null, null, 0, false);
        return wf.start(wf.assign(r, 1, assigned, "u").item(), assigned, "u").item();
    }

    private List<LocalDate> dues(SupervisionItem item, LocalDate until) {
        return schedule.cycles(item, List.of(), until).stream().map(FeedbackSchedule.Cycle::due).toList();
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void aFeedbackOnTheDueDayCoversThatCycleAndNotTheNext() {
        SupervisionItem item = working(JUL_1, d(12, 31), FeedbackCycle.MONTHLY, 25);
        List<FeedbackSchedule.Cycle> cycles = schedule.cycles(item, List.of(d(8, 25)), d(10, 1));
        assertThat(cycles).extracting(FeedbackSchedule.Cycle::due).containsExactly(d(7, 27), d(8, 25), d(9, 25),
                d(10, 26));
        assertThat(cycles).extracting(FeedbackSchedule.Cycle::covered).containsExactly(false, true, false, false);
        assertThat(cycles.get(1).start()).isEqualTo(d(7, 27));
        assertThat(cycles.get(0).start()).isEqualTo(JUL_1);
    }

    @Test
    void missedCyclesInARowAndTheNextDueAgreeWhicheverWayTheyAreAsked() {
        SupervisionItem item = working(JUL_1, d(12, 31), FeedbackCycle.MONTHLY, 25);
        List<LocalDate> fb = List.of(d(7, 27), d(10, 26)); // August and September missed
        LocalDate today = d(11, 22);
        var a = schedule.analyse(item, fb, today);
        assertThat(a).isEqualTo(new FeedbackSchedule.Analysis(2, 2, d(11, 25), false));
        assertThat(schedule.missed(item, fb, today)).isEqualTo(2);
        assertThat(schedule.longestMissedRun(item, fb, today)).isEqualTo(2);
        assertThat(schedule.nextDue(item, fb, today)).contains(d(11, 25));
        assertThat(schedule.lastCycleMissed(item, fb, today)).isFalse();

        LocalDate later = d(11, 26); // November's cycle is now missed too, but not in a row with the others
        var b = schedule.analyse(item, fb, later);
        assertThat(b).isEqualTo(new FeedbackSchedule.Analysis(3, 2, d(12, 25), true));
        assertThat(schedule.missed(item, fb, later)).isEqualTo(3);
        assertThat(schedule.longestMissedRun(item, fb, later)).isEqualTo(2);
        assertThat(schedule.nextDue(item, fb, later)).contains(d(12, 25));
        assertThat(schedule.lastCycleMissed(item, fb, later)).isTrue();

        List<LocalDate> none = List.of();
        assertThat(schedule.longestMissedRun(item, none, later)).isEqualTo(5);
        assertThat(schedule.analyse(item, none, later).longestRun()).isEqualTo(5);
        assertThat(schedule.analyse(item, none, d(11, 25)).missed()).isEqualTo(4); // due today is not yet missed
        assertThat(schedule.nextDue(item, none, d(11, 25))).contains(d(11, 25));
    }

    @Test
    void theFeedbackDayDefaultsAndIsKeptWithinTheMonthAndTheWeek() {
        assertThat(dues(working(NOV_2, d(12, 31), FeedbackCycle.MONTHLY, null), d(12, 1))).containsExactly(d(11, 25),
                d(12, 25));
        assertThat(dues(working(NOV_2, d(12, 31), FeedbackCycle.MONTHLY, 31), d(12, 1))).containsExactly(d(11, 30),
                d(12, 31));
        assertThat(dues(working(NOV_2, d(12, 31), FeedbackCycle.MONTHLY, 1), d(12, 1))).containsExactly(d(12, 1),
                LocalDate.of(2027, 1, 1)); // due on the last day looked at: the one after it is shown too
        assertThat(dues(working(NOV_2, d(12, 31), FeedbackCycle.MONTHLY, 32), d(12, 1))).containsExactly(d(11, 25),
                d(12, 25));
        assertThat(dues(working(NOV_2, d(12, 31), FeedbackCycle.WEEKLY, 1), d(11, 17))).containsExactly(d(11, 9),
                d(11, 16), d(11, 23));
        assertThat(dues(working(NOV_2, d(12, 31), FeedbackCycle.WEEKLY, 7), d(11, 17))).containsExactly(d(11, 16),
                d(11, 23));
        assertThat(dues(working(NOV_2, d(12, 31), FeedbackCycle.WEEKLY, 9), d(11, 17))).containsExactly(d(11, 13),
                d(11, 20));
        assertThat(dues(working(NOV_2, d(12, 31), FeedbackCycle.WEEKLY, 0), d(11, 17))).containsExactly(d(11, 13),
                d(11, 20));
    }

    @Test
    void quarterlyCyclesFallInTheQuartersLastMonth() {
        assertThat(dues(working(LocalDate.of(2026, 1, 10), d(12, 31), FeedbackCycle.QUARTERLY, null), d(11, 1)))
                .containsExactly(d(3, 25), d(6, 25), d(9, 25), d(12, 25));
        assertThat(dues(working(LocalDate.of(2026, 5, 10), d(12, 31), FeedbackCycle.QUARTERLY, null), d(7, 1)))
                .containsExactly(d(6, 25), d(9, 25));
        assertThat(dues(working(LocalDate.of(2026, 9, 20), d(12, 31), FeedbackCycle.QUARTERLY, null), d(10, 1)))
                .containsExactly(d(12, 25));
    }

    @Test
    void aOneTimeFeedbackIsDueOnTheDeadlineMovedToAWorkingDay() {
        SupervisionItem once = working(NOV_2, d(11, 28), FeedbackCycle.ONCE, null);
        assertThat(dues(once, d(12, 31))).containsExactly(d(11, 30));
        assertThat(schedule.missed(once, List.of(d(11, 27)), d(12, 31))).isZero();
        assertThat(schedule.missed(once, List.of(), d(12, 1))).isEqualTo(1);
    }

    @Test
    void cyclesStopWhenTheItemIsDeferredAndAnItemNotYetAssignedHasNone() {
        SupervisionItem item = working(JUL_1, d(12, 31), FeedbackCycle.MONTHLY, 25);
        SupervisionItem deferred = wf.defer(item, "等待政策", d(9, 1), "sup").item();
        LocalDate today = d(11, 22);
        assertThat(dues(deferred, today)).containsExactly(d(7, 27), d(8, 25), d(9, 25));
        assertThat(schedule.missed(deferred, List.of(), today)).isEqualTo(2);
        assertThat(schedule.longestMissedRun(deferred, List.of(), today)).isEqualTo(2);
        assertThat(schedule.nextDue(deferred, List.of(), today)).isEmpty();
        assertThat(schedule.lastCycleMissed(deferred, List.of(), today)).isFalse();
        assertThat(schedule.analyse(deferred, List.of(), today))
                .isEqualTo(new FeedbackSchedule.Analysis(2, 2, null, false));

        SupervisionItem registered = new SupervisionItem("i2", 2026, 0, SupervisionSource.KEY_WORK, null, null, "标题",
                "内容", Importance.NORMAL, "unit-a", List.of(), null, null, null, d(12, 31), null, List.of(),
                FeedbackCycle.MONTHLY, 25, SupervisionState.REGISTERED, null, null, null, 0, false);
        assertThat(schedule.cycles(registered, List.of(), today)).isEmpty();
        assertThat(schedule.analyse(registered, List.of(), today))
                .isEqualTo(new FeedbackSchedule.Analysis(0, 0, null, false));
    }

    @Test
    void aCompletedItemCountsUntilItsCompletion() {
        SupervisionItem item = working(JUL_1, d(12, 31), FeedbackCycle.MONTHLY, 25);
        var requested = wf.requestCompletion(item, "完成", d(9, 1), "u").item();
        var done = wf.approveCompletion(requested, "同意", d(9, 2), "sup").item();
        assertThat(dues(done, d(11, 22))).containsExactly(d(7, 27), d(8, 25), d(9, 25));
        assertThat(schedule.missed(done, List.of(), d(11, 22))).isEqualTo(2);
        assertThat(schedule.nextDue(done, List.of(), d(11, 22))).isEmpty();
    }
}
