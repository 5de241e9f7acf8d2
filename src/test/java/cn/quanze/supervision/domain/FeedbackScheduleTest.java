package cn.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.calendar.WeekendCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackScheduleTest {
    private final WeekendCalendar calendar = new WeekendCalendar();
    private final SupervisionWorkflow wf = new SupervisionWorkflow(calendar);
    private final FeedbackSchedule schedule = new FeedbackSchedule(calendar);

    private SupervisionItem working(LocalDate assigned, LocalDate deadline, FeedbackCycle cycle, Integer day) {
        SupervisionItem r = Items.registered(deadline, null, cycle);
        r = new SupervisionItem(r.id(), r.year(), r.number(), r.source(), r.sourceDocNo(), r.sourceDate(), r.title(),
                r.content(), r.importance(), r.leadUnitId(), r.cooperatingUnitIds(), r.leader(), r.contact(), null,
                deadline, null, List.of(), cycle, day, SupervisionState.REGISTERED, null, null, null, 0, false);
        return wf.start(wf.assign(r, 1, assigned, "u").item(), assigned, "u").item();
    }

    @Test
    void monthlyCyclesFallOnTheFeedbackDayMovedToAWorkday() {
        SupervisionItem item = working(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), FeedbackCycle.MONTHLY, 25);
        List<FeedbackSchedule.Cycle> cycles = schedule.cycles(item, List.of(), LocalDate.of(2026, 11, 22));
        assertThat(cycles).extracting(FeedbackSchedule.Cycle::due).startsWith(
                LocalDate.of(2026, 7, 27), LocalDate.of(2026, 8, 25), LocalDate.of(2026, 9, 25),
                LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 25));
    }

    @Test
    void missedCyclesAreThoseDueWithoutFeedbackInTheirWindow() {
        SupervisionItem item = working(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), FeedbackCycle.MONTHLY, 25);
        List<LocalDate> fb = List.of(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 9, 24));
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(schedule.missed(item, fb, today)).isEqualTo(2);
        assertThat(schedule.nextDue(item, fb, today)).contains(LocalDate.of(2026, 11, 25));
        assertThat(schedule.lastCycleMissed(item, fb, today)).isTrue();
        assertThat(new SupervisionRules(calendar).light(item, fb, today)).contains(Light.RED);
        List<LocalDate> all = List.of(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 25), LocalDate.of(2026, 9, 24),
                LocalDate.of(2026, 10, 23));
        assertThat(schedule.missed(item, all, today)).isZero();
        assertThat(new SupervisionRules(calendar).light(item, all, today)).as("feedback due in 3 working days")
                .contains(Light.YELLOW);
        assertThat(new SupervisionRules(calendar).light(item, all, LocalDate.of(2026, 11, 16))).contains(Light.GREEN);
    }

    @Test
    void completedItemsStopCountingAtCompletionAndHaveNoLight() {
        SupervisionItem item = working(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), FeedbackCycle.MONTHLY, 25);
        var done = wf.approveCompletion(wf.requestCompletion(item, "完成", LocalDate.of(2026, 8, 1), "u").item(), "同意",
                LocalDate.of(2026, 8, 3), "sup").item();
        assertThat(schedule.missed(done, List.of(LocalDate.of(2026, 7, 20)), LocalDate.of(2026, 11, 22))).isZero();
        assertThat(new SupervisionRules(calendar).light(done, List.of(), LocalDate.of(2026, 11, 22))).isEmpty();
    }

    @Test
    void quarterlyAndWeeklyCycles() {
        SupervisionItem q = working(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 12, 31), FeedbackCycle.QUARTERLY, 20);
        assertThat(schedule.cycles(q, List.of(), LocalDate.of(2026, 11, 1))).extracting(FeedbackSchedule.Cycle::due)
                .startsWith(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 6, 22), LocalDate.of(2026, 9, 21));
        SupervisionItem w = working(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 31), FeedbackCycle.WEEKLY, null);
        assertThat(schedule.cycles(w, List.of(), LocalDate.of(2026, 11, 22))).extracting(FeedbackSchedule.Cycle::due)
                .startsWith(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27));
    }

    @Test
    void nearDeadlineIsYellow() {
        SupervisionItem item = working(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 25), FeedbackCycle.ONCE, null);
        assertThat(new SupervisionRules(calendar).light(item, List.of(), LocalDate.of(2026, 11, 20)))
                .contains(Light.YELLOW);
    }
}
