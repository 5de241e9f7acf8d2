package cn.quanze.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.calendar.ChineseWorkCalendar;
import cn.quanze.cases.domain.calendar.IndexedWorkCalendar;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.cases.calendar.OfficialCalendarSeeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deadlines, suspensions, extensions and lights of a case against the official calendar. */
class CaseClockTest {
    static WorkCalendar cal;
    static CaseClock clock;

    @BeforeAll
    static void load() {
        OfficialCalendarSeeds.Facts f = OfficialCalendarSeeds.load();
        cal = new ChineseWorkCalendar(f.days(), f.confirmedYears(), List.of());
        clock = new CaseClock(cal, LightThresholds.DEFAULT);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static CaseFile file(String received, int legal, Integer promised) {
        return new CaseFile("c1", "QU-2026-00001", "p1", CaseBasis.POWER, null, "申请人", "事项", d(received), legal,
                promised, "dep", "岗", "人", List.of(new CaseStep("受理", "窗口", 1), new CaseStep("审查", "审核", 2),
                        new CaseStep("决定", "负责人", 1), new CaseStep("送达", "窗口", 1)), false);
    }

    static final List<CaseEvent> events = new ArrayList<>();

    static List<CaseEvent> ev(Object... spec) {
        List<CaseEvent> out = new ArrayList<>();
        int seq = 1;
        for (int i = 0; i < spec.length; i += 2) {
            CaseEventType t = (CaseEventType) spec[i];
            String[] parts = ((String) spec[i + 1]).split("\\|");
            Integer days = t == CaseEventType.EXTENDED ? Integer.valueOf(parts[1]) : null;
            Integer step = t == CaseEventType.STEP_DONE ? Integer.valueOf(parts[1]) : null;
            String reason = t == CaseEventType.SUSPENDED ? SuspensionReason.CORRECTION.name() : null;
            out.add(new CaseEvent("e" + seq, "c1", seq++, t, d(parts[0]), reason, days, step, "u", null,
                    t == CaseEventType.COMPLETED ? "准予许可" : null, false));
        }
        return out;
    }

    @Test
    void promisedDeadlineAcrossNationalDayCountsTheMakeUpSaturday() {
        // received Mon 2026-09-28; 9.29, 9.30, (10.1-10.7 off), 10.8, 10.9, 10.10 (Sat, 调休 working day)
        CaseProgress p = clock.evaluate(file("2026-09-28", 20, 5), List.of(), d("2026-09-30"));
        assertThat(p.promisedDue()).isEqualTo(d("2026-10-10"));
        assertThat(p.due()).isEqualTo(d("2026-10-10"));
        assertThat(p.usedDays()).isEqualTo(2);
        assertThat(p.daysLeft()).isEqualTo(3);
        assertThat(p.light()).isEqualTo(Light.GREEN);
    }

    @Test
    void lightsTurnYellowThenRedWithLevels() {
        CaseFile f = file("2026-11-16", 20, 20); // due 2026-12-14
        assertThat(clock.evaluate(f, List.of(), d("2026-12-07")).level()).isEqualTo(WarningLevel.NONE);
        CaseProgress reminder = clock.evaluate(f, List.of(), d("2026-12-08")); // 16 of 20 used = 80%
        assertThat(reminder.level()).isEqualTo(WarningLevel.REMINDER);
        assertThat(reminder.light()).isEqualTo(Light.YELLOW);
        assertThat(clock.evaluate(f, List.of(), d("2026-12-10")).level()).isEqualTo(WarningLevel.WARNING);
        assertThat(clock.evaluate(f, List.of(), d("2026-12-14")).daysLeft()).isZero();
        CaseProgress late = clock.evaluate(f, List.of(), d("2026-12-15"));
        assertThat(late.light()).isEqualTo(Light.RED);
        assertThat(late.level()).isEqualTo(WarningLevel.ALARM);
        assertThat(late.daysLeft()).isEqualTo(-1);
        // a weekend after the due date is already overdue although no working day has passed
        CaseFile dueFriday = file("2026-11-13", 20, 5); // due Fri 2026-11-20
        assertThat(clock.evaluate(dueFriday, List.of(), d("2026-11-22")).light()).isEqualTo(Light.RED);
    }

    @Test
    void suspensionStopsTheClockAndResumptionDayDoesNotCount() {
        CaseFile f = file("2026-11-16", 20, 5); // due 11-23 without suspension
        List<CaseEvent> open = ev(CaseEventType.SUSPENDED, "2026-11-17");
        CaseProgress suspended = clock.evaluate(f, open, d("2026-11-25"));
        assertThat(suspended.state()).isEqualTo(CaseState.SUSPENDED);
        assertThat(suspended.usedDays()).isEqualTo(1);
        assertThat(suspended.daysLeft()).isEqualTo(4);
        assertThat(suspended.suspendedFor()).isEqualTo(SuspensionReason.CORRECTION);
        List<CaseEvent> resumed = ev(CaseEventType.SUSPENDED, "2026-11-17", CaseEventType.RESUMED, "2026-11-20");
        CaseProgress p = clock.evaluate(f, resumed, d("2026-11-20"));
        assertThat(p.suspendedDays()).isEqualTo(3); // 18, 19, 20
        assertThat(p.due()).isEqualTo(d("2026-11-26"));
        assertThat(p.daysLeft()).isEqualTo(4);
    }

    @Test
    void extensionMovesTheLegalDeadlineAndTheLightFollowsIt() {
        CaseFile f = file("2026-11-02", 20, 5); // promised due 11-09, legal due 11-30
        assertThat(clock.evaluate(f, List.of(), d("2026-11-20")).light()).isEqualTo(Light.RED);
        CaseProgress p = clock.evaluate(f, ev(CaseEventType.EXTENDED, "2026-11-06|10"), d("2026-11-20"));
        assertThat(p.legalDue()).isEqualTo(d("2026-12-14"));
        assertThat(p.due()).isEqualTo(p.legalDue());
        assertThat(p.limitDays()).isEqualTo(30);
        assertThat(p.light()).isEqualTo(Light.GREEN);
    }

    @Test
    void completionRecordsOnTimeAgainstPromiseAndLaw() {
        CaseFile f = file("2026-11-02", 20, 5);
        CaseProgress p = clock.evaluate(f, ev(CaseEventType.COMPLETED, "2026-11-12"), d("2026-11-22"));
        assertThat(p.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(p.onTimeLegal()).isTrue();
        assertThat(p.onTimePromised()).isFalse();
        assertThat(p.usedDays()).isEqualTo(8);
        assertThat(p.steps()).allMatch(CaseProgress.StepProgress::done);
    }

    @Test
    void stepsChainAndOnlyTheCurrentStepHasALight() {
        CaseFile f = file("2026-11-16", 20, 5);
        CaseProgress p = clock.evaluate(f, ev(CaseEventType.STEP_DONE, "2026-11-17|0"), d("2026-11-18"));
        assertThat(p.steps().get(0).done()).isTrue();
        assertThat(p.steps().get(1).start()).isEqualTo(d("2026-11-17"));
        assertThat(p.steps().get(1).due()).isEqualTo(d("2026-11-19"));
        assertThat(p.steps().get(1).light()).isEqualTo(Light.YELLOW);
        assertThat(p.steps().get(2).light()).isNull();
    }

    @Test
    void deadlineReachingIntoAnUnconfirmedYearIsFlagged() {
        assertThat(clock.evaluate(file("2026-12-10", 20, null), List.of(), d("2026-12-11")).unconfirmed()).isTrue();
        assertThat(clock.evaluate(file("2026-11-16", 20, 5), List.of(), d("2026-11-17")).unconfirmed()).isFalse();
    }

    @Test
    void rulesRefuseWhatIsNotAllowed() {
        CaseProgress open = clock.evaluate(file("2026-11-16", 20, 5), List.of(), d("2026-11-17"));
        assertThatThrownBy(() -> CaseRules.checkExtend(open, 5, "", "理由"))
                .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.key()).isEqualTo("cases.rule.noApprover"));
        assertThatThrownBy(() -> CaseRules.checkResume(open, d("2026-11-18"), null))
                .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.key()).isEqualTo("cases.rule.notSuspended"));
        assertThatThrownBy(() -> CaseRules.checkAcknowledge(open, "note"))
                .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.key()).isEqualTo("cases.rule.notAlarm"));
        assertThatThrownBy(() -> CaseRules.checkLimits(10, 12))
                .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.key()).isEqualTo("cases.rule.badPromisedLimit"));
    }

    @Test
    void indexedCalendarAgreesWithTheWalk() {
        IndexedWorkCalendar idx = new IndexedWorkCalendar(cal, 2018, 2030);
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            LocalDate a = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(365 * 12));
            int n = r.nextInt(120);
            assertThat(idx.deadline(a, n)).as("%s + %d", a, n).isEqualTo(cal.deadline(a, n));
            LocalDate b = a.plusDays(r.nextInt(200) - 100);
            assertThat(idx.workdaysBetween(a, b)).as("%s..%s", a, b).isEqualTo(cal.workdaysBetween(a, b));
        }
    }
}
