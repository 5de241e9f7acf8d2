package cn.quanze.cases.ui;

import cn.quanze.cases.domain.CaseEvent;
import cn.quanze.cases.domain.SuspensionReason;
import cn.quanze.core.i18n.I18n;

/** How the events of a case read on its timeline. */
final class CaseTexts {
    private CaseTexts() {
    }

    static String eventDetail(CaseEvent e) {
        return switch (e.type()) {
            case SUSPENDED -> I18n.of(SuspensionReason.valueOf(e.reason())) + (e.note() == null || e.note().isBlank()
                    ? "" : "：" + e.note());
            case EXTENDED -> I18n.t("cases.timeline.extended", e.days(), e.approver(), e.reason());
            case LIMIT_CHANGED -> I18n.t("cases.timeline.limits", e.days(),
                    e.note() == null || e.note().isEmpty() ? "—" : e.note(), e.reason());
            case STEP_DONE -> I18n.t("cases.timeline.step", e.stepIndex() == null ? 0 : e.stepIndex() + 1);
            case COMPLETED, ACKNOWLEDGED -> e.note() == null ? "" : e.note();
            default -> "";
        };
    }

    /** The key of the case rule a failure broke (the form puts the sentence beside that field), else null. */
    static String ruleOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof cn.quanze.cases.domain.CaseRuleException r) {
                return r.key();
            }
        }
        return null;
    }
}
