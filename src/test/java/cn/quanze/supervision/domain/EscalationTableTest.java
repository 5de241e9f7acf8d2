package cn.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.quanze.supervision.domain.EscalationRule.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An office's escalation table is checked before it is kept (设置 → 督办升级): a refusal names the offending rule. */
class EscalationTableTest {
    private static EscalationRule rule(Trigger t, int threshold, EscalationLevel level, int deduction) {
        return new EscalationRule(t, threshold, level, deduction);
    }

    private static TransitionRefused refused(List<EscalationRule> table) {
        return catchThrowableOfType(TransitionRefused.class, () -> Escalation.checkTable(table));
    }

    @Test
    void aTableThatClimbsWithItsThresholdsIsKept() {
        List<EscalationRule> table = List.of(
                rule(Trigger.MISSED_FEEDBACK, 3, EscalationLevel.CIRCULATED, 2),
                rule(Trigger.MISSED_FEEDBACK, 1, EscalationLevel.YELLOW_CARD, 1),
                rule(Trigger.MISSED_FEEDBACK, 2, EscalationLevel.YELLOW_CARD, 1),
                rule(Trigger.DEADLINE_OVERDUE, 1, EscalationLevel.NONE, 0),
                rule(Trigger.DEADLINE_OVERDUE, 10, EscalationLevel.ACCOUNTABILITY, 5));
        assertThatCode(() -> Escalation.checkTable(table)).doesNotThrowAnyException();
        assertThat(new Escalation(table).rules()).containsExactlyElementsOf(table);
    }

    @Test
    void anEmptyTableIsRefused() {
        assertThat(refused(List.of()).key()).isEqualTo("supervision.refused.noRules");
    }

    @Test
    void twoRulesForTheSameTriggerAndThresholdAreRefused() {
        TransitionRefused r = refused(List.of(rule(Trigger.DEADLINE_OVERDUE, 5, EscalationLevel.YELLOW_CARD, 1),
                rule(Trigger.MISSED_FEEDBACK, 5, EscalationLevel.YELLOW_CARD, 1),
                rule(Trigger.DEADLINE_OVERDUE, 5, EscalationLevel.CIRCULATED, 2)));
        assertThat(r.key()).isEqualTo("supervision.refused.ruleDuplicate");
        assertThat(r.args()).containsExactly(Trigger.DEADLINE_OVERDUE, 5);
    }

    @Test
    void aHigherThresholdMayNotLeadToAMilderLevelOrASmallerDeduction() {
        TransitionRefused milder = refused(List.of(rule(Trigger.MISSED_FEEDBACK, 1, EscalationLevel.CIRCULATED, 1),
                rule(Trigger.MISSED_FEEDBACK, 2, EscalationLevel.YELLOW_CARD, 1)));
        assertThat(milder.key()).isEqualTo("supervision.refused.ruleOrder");
        assertThat(milder.args()).containsExactly(Trigger.MISSED_FEEDBACK, 2, 1);
        TransitionRefused smaller = refused(List.of(rule(Trigger.DEADLINE_OVERDUE, 3, EscalationLevel.YELLOW_CARD, 3),
                rule(Trigger.DEADLINE_OVERDUE, 8, EscalationLevel.YELLOW_CARD, 2)));
        assertThat(smaller.key()).isEqualTo("supervision.refused.ruleOrder");
        assertThat(smaller.args()).containsExactly(Trigger.DEADLINE_OVERDUE, 8, 3);
    }

    @Test
    void aRuleNeedsATriggerALevelAThresholdOfAtLeastOneAndNoNegativeDeduction() {
        assertThatCode(() -> rule(Trigger.MISSED_FEEDBACK, 1, EscalationLevel.NONE, 0)).doesNotThrowAnyException();
        for (Runnable bad : List.<Runnable>of(() -> rule(null, 1, EscalationLevel.NONE, 0),
                () -> rule(Trigger.MISSED_FEEDBACK, 1, null, 0), () -> rule(Trigger.MISSED_FEEDBACK, 0,
                        EscalationLevel.NONE, 0), () -> rule(Trigger.MISSED_FEEDBACK, 1, EscalationLevel.NONE, -1))) {
            assertThat(catchThrowableOfType(TransitionRefused.class, bad::run).key())
                    .isEqualTo("supervision.refused.rule");
        }
    }
}
