package cn.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.supervision.domain.EscalationRule.Trigger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Escalation follows whatever rule table the office keeps. */
class EscalationTest {
    private static final List<EscalationRule> TABLE = List.of(
            new EscalationRule(Trigger.MISSED_FEEDBACK, 2, EscalationLevel.YELLOW_CARD, 3),
            new EscalationRule(Trigger.MISSED_FEEDBACK, 3, EscalationLevel.CIRCULATED, 5),
            new EscalationRule(Trigger.MISSED_FEEDBACK, 4, EscalationLevel.ACCOUNTABILITY, 10),
            new EscalationRule(Trigger.DEADLINE_OVERDUE, 1, EscalationLevel.NONE, 2),
            new EscalationRule(Trigger.DEADLINE_OVERDUE, 20, EscalationLevel.CIRCULATED, 6));

    private static SupervisionItem item(String unit) {
        SupervisionItem r = Items.registered(LocalDate.of(2026, 12, 31), null, FeedbackCycle.MONTHLY);
        return new SupervisionItem(r.id() + unit, 2026, 1, r.source(), null, null, "事项", null, r.importance(), unit,
                List.of(), null, null, null, r.deadline(), null, List.of(), r.feedbackCycle(), null,
                SupervisionState.IN_PROGRESS, null, null, null, 0, false);
    }

    @ParameterizedTest(name = "{0} missed, {1} overdue -> {2}, -{3}")
    @CsvSource({"0,0,NONE,0", "1,0,NONE,0", "2,0,YELLOW_CARD,3", "3,0,CIRCULATED,5", "4,0,ACCOUNTABILITY,10",
        "9,0,ACCOUNTABILITY,10", "0,1,NONE,2", "2,5,YELLOW_CARD,5", "3,25,CIRCULATED,11"})
    void levelAndDeductionFollowTheTable(int missed, int overdue, EscalationLevel level, int deduction) {
        Escalation.Status s = new Escalation(TABLE).evaluate(item("a"), missed, overdue);
        assertThat(s.level()).isEqualTo(level);
        assertThat(s.deduction()).isEqualTo(deduction);
    }

    @Test
    void anotherTableGivesOtherResults() {
        Escalation strict = new Escalation(List.of(
                new EscalationRule(Trigger.MISSED_FEEDBACK, 1, EscalationLevel.CIRCULATED, 8)));
        assertThat(strict.evaluate(item("a"), 1, 0).level()).isEqualTo(EscalationLevel.CIRCULATED);
        assertThat(strict.evaluate(item("a"), 0, 30).level()).isEqualTo(EscalationLevel.NONE);
    }

    @Test
    void yearlyScoreIsHundredLessDeductionsWithTheirItems() {
        Escalation e = new Escalation(TABLE);
        List<Escalation.UnitScore> scores = Escalation.scores(List.of(e.evaluate(item("a"), 2, 0),
                e.evaluate(item("a"), 3, 25), e.evaluate(item("b"), 0, 0)));
        assertThat(scores).extracting(Escalation.UnitScore::unitId).containsExactly("b", "a");
        Escalation.UnitScore a = scores.get(1);
        assertThat(a.score()).isEqualTo(100 - 3 - 5 - 6);
        assertThat(a.deductions()).hasSize(3).extracting(d -> d.rule().level())
                .containsExactly(EscalationLevel.YELLOW_CARD, EscalationLevel.CIRCULATED, EscalationLevel.CIRCULATED);
        assertThat(scores.get(0).score()).isEqualTo(100);
        assertThat(scores.get(0).deductions()).isEmpty();
    }
}
