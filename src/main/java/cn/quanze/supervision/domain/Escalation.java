package cn.quanze.supervision.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an office's escalation table (data, see {@link EscalationRule}): per trigger, the rule with the highest
 * threshold the item reached applies. A unit's yearly score is 100 less the deductions of its items.
 */
public final class Escalation {
    public static final int FULL_SCORE = 100;

    /** Where an item stands: its missed cycles, working days overdue, and the rules that applied. */
    public record Status(SupervisionItem item, int missedCycles, int workdaysOverdue, List<EscalationRule> applied) {
        public EscalationLevel level() {
            return applied.stream().map(EscalationRule::level).max(Comparator.naturalOrder())
                    .orElse(EscalationLevel.NONE);
        }

        public int deduction() {
            return applied.stream().mapToInt(EscalationRule::deduction).sum();
        }
    }

    /** A deduction in a unit's score: the item, the rule and the value that triggered it. */
    public record Deduction(SupervisionItem item, EscalationRule rule, int value) {
    }

    /** A lead unit's score for a year and the deductions that made it. */
    public record UnitScore(String unitId, int items, int score, List<Deduction> deductions) {
    }

    private final List<EscalationRule> rules;

    public Escalation(List<EscalationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<EscalationRule> rules() {
        return rules;
    }

    /**
     * Checks an office's table before it is kept: not empty, one rule per trigger and threshold, and per trigger a
     * higher threshold never leads to a milder level or a smaller deduction. Throws naming the offending rule.
     */
    public static void checkTable(List<EscalationRule> table) {
        if (table.isEmpty()) {
            throw new TransitionRefused("supervision.refused.noRules");
        }
        for (EscalationRule.Trigger trigger : EscalationRule.Trigger.values()) {
            List<EscalationRule> rows = table.stream().filter(r -> r.trigger() == trigger)
                    .sorted(Comparator.comparingInt(EscalationRule::threshold)).toList();
            for (int i = 1; i < rows.size(); i++) {
                EscalationRule lower = rows.get(i - 1);
                EscalationRule higher = rows.get(i);
                if (lower.threshold() == higher.threshold()) {
                    throw new TransitionRefused("supervision.refused.ruleDuplicate", trigger, higher.threshold());
                }
                if (higher.level().compareTo(lower.level()) < 0 || higher.deduction() < lower.deduction()) {
                    throw new TransitionRefused("supervision.refused.ruleOrder", trigger, higher.threshold(),
                            lower.threshold());
                }
            }
        }
    }

    public Status evaluate(SupervisionItem item, int missedCycles, int workdaysOverdue) {
        List<EscalationRule> applied = new ArrayList<>();
        highest(EscalationRule.Trigger.MISSED_FEEDBACK, missedCycles).ifPresent(applied::add);
        highest(EscalationRule.Trigger.DEADLINE_OVERDUE, workdaysOverdue).ifPresent(applied::add);
        return new Status(item, missedCycles, workdaysOverdue, applied);
    }

    private Optional<EscalationRule> highest(EscalationRule.Trigger trigger, int value) {
        return rules.stream().filter(r -> r.trigger() == trigger && value >= r.threshold())
                .max(Comparator.comparingInt(EscalationRule::threshold));
    }

    /** Scores every lead unit of the given statuses (100 less the deductions, never below 0). */
    public static List<UnitScore> scores(List<Status> statuses) {
        Map<String, List<Status>> byUnit = new LinkedHashMap<>();
        for (Status s : statuses) {
            byUnit.computeIfAbsent(s.item().leadUnitId(), k -> new ArrayList<>()).add(s);
        }
        List<UnitScore> out = new ArrayList<>();
        byUnit.forEach((unit, list) -> {
            List<Deduction> deductions = new ArrayList<>();
            for (Status s : list) {
                for (EscalationRule r : s.applied()) {
                    if (r.deduction() > 0) {
                        int value = r.trigger() == EscalationRule.Trigger.MISSED_FEEDBACK ? s.missedCycles()
                                : s.workdaysOverdue();
                        deductions.add(new Deduction(s.item(), r, value));
                    }
                }
            }
            int lost = deductions.stream().mapToInt(d -> d.rule().deduction()).sum();
            out.add(new UnitScore(unit, list.size(), Math.max(0, FULL_SCORE - lost), deductions));
        });
        out.sort(Comparator.comparingInt(UnitScore::score).reversed().thenComparing(UnitScore::unitId));
        return out;
    }
}
