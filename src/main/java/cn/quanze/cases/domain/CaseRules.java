package cn.quanze.cases.domain;

import cn.quanze.powers.domain.PowerItem;
import java.time.LocalDate;

/**
 * Which case operations are allowed. "目录之外无权力": a power-based case must cite an active power item.
 * Every refusal is a {@link CaseRuleException} naming the message key.
 */
public final class CaseRules {
    private CaseRules() {
    }

    /** Whether a power item may be cited by a new case: the power list's rule. */
    public static boolean mayBeCited(PowerItem item) {
        return cn.quanze.powers.domain.PowerRules.citableByNewCase(item);
    }

    public static void checkNew(CaseFile c, PowerItem cited, LocalDate today) {
        if (c.basis() == CaseBasis.POWER) {
            if (cited == null) {
                throw new CaseRuleException("cases.rule.noPower");
            }
            if (!mayBeCited(cited)) {
                throw new CaseRuleException("cases.rule.inactivePower", cited.code(), cited.name());
            }
        } else if (blank(c.nonPowerCategory())) {
            throw new CaseRuleException("cases.rule.noCategory");
        }
        if (blank(c.applicant())) {
            throw new CaseRuleException("cases.rule.noApplicant");
        }
        if (blank(c.matter())) {
            throw new CaseRuleException("cases.rule.noMatter");
        }
        if (c.receivedOn() == null) {
            throw new CaseRuleException("cases.rule.noReceived");
        }
        if (c.receivedOn().isAfter(today)) {
            throw new CaseRuleException("cases.rule.receivedInFuture", c.receivedOn());
        }
        checkLimits(c.legalLimitDays(), c.promisedLimitDays());
    }

    public static void checkLimits(int legal, Integer promised) {
        if (legal < 0 || legal > 3650) {
            throw new CaseRuleException("cases.rule.badLegalLimit", legal);
        }
        if (promised != null && (promised < 0 || promised > legal)) {
            throw new CaseRuleException("cases.rule.badPromisedLimit", promised, legal);
        }
    }

    /**
     * Limits copied from the power item may be edited only with a reason. Returns whether they differ from the
     * power item's (so the reason is to be recorded).
     */
    public static boolean checkLimitsAgainst(PowerItem cited, int legal, Integer promised, String reason) {
        if (cited == null) {
            return false;
        }
        boolean differs = cited.legalLimitDays() == null || cited.legalLimitDays() != legal
                || !java.util.Objects.equals(cited.promisedLimitDays(), promised);
        if (differs && blank(reason)) {
            throw new CaseRuleException("cases.rule.limitsNeedReason", cited.legalLimitDays() == null ? "—"
                    : cited.legalLimitDays(), cited.promisedLimitDays() == null ? "—" : cited.promisedLimitDays());
        }
        return differs;
    }

    public static void checkLimitChange(CaseProgress p, String reason) {
        open(p);
        if (blank(reason)) {
            throw new CaseRuleException("cases.rule.noReason");
        }
    }

    public static void checkSuspend(CaseProgress p, SuspensionReason reason, LocalDate date, LocalDate received) {
        if (p.state() != CaseState.OPEN) {
            throw new CaseRuleException(p.state() == CaseState.SUSPENDED ? "cases.rule.alreadySuspended"
                    : "cases.rule.completed");
        }
        if (reason == null) {
            throw new CaseRuleException("cases.rule.noSuspensionReason");
        }
        notBefore(date, received);
    }

    public static void checkResume(CaseProgress p, LocalDate date, LocalDate suspendedSince) {
        if (p.state() != CaseState.SUSPENDED) {
            throw new CaseRuleException("cases.rule.notSuspended");
        }
        notBefore(date, suspendedSince);
    }

    public static void checkExtend(CaseProgress p, int days, String approver, String reason) {
        open(p);
        if (days <= 0) {
            throw new CaseRuleException("cases.rule.badExtension", days);
        }
        if (blank(approver)) {
            throw new CaseRuleException("cases.rule.noApprover");
        }
        if (blank(reason)) {
            throw new CaseRuleException("cases.rule.noReason");
        }
    }

    public static void checkComplete(CaseProgress p, LocalDate date, LocalDate received, String result) {
        open(p);
        if (blank(result)) {
            throw new CaseRuleException("cases.rule.noResult");
        }
        notBefore(date, received);
    }

    public static void checkAcknowledge(CaseProgress p, String note) {
        if (p.level() != WarningLevel.ALARM) {
            throw new CaseRuleException("cases.rule.notAlarm");
        }
        if (blank(note)) {
            throw new CaseRuleException("cases.rule.noNote");
        }
    }

    private static void open(CaseProgress p) {
        if (p.state() == CaseState.COMPLETED) {
            throw new CaseRuleException("cases.rule.completed");
        }
    }

    private static void notBefore(LocalDate date, LocalDate earliest) {
        if (date == null) {
            throw new CaseRuleException("cases.rule.noDate");
        }
        if (earliest != null && date.isBefore(earliest)) {
            throw new CaseRuleException("cases.rule.dateTooEarly", date, earliest);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
