package cn.quanze.supervision.data;

import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.domain.LightReason;
import java.util.ArrayList;
import java.util.List;

/**
 * Why an entry's light has its colour, in words: the short form the light cell and the reminders show ("逾期、反馈逾期")
 * and the full one for the tooltip, the detail and the 督查专报 ("超过办理时限12个工作日；反馈逾期：应于2026-10-30前反馈，未报送").
 */
public final class LightWords {
    private LightWords() {
    }

    /** The reasons' names joined by 、, or the light's own word when it has no reason (绿灯: 正常). */
    public static String brief(SupervisionBoard.Entry e) {
        if (e.light() == null) {
            return "";
        }
        return e.reasons().isEmpty() ? I18n.of(e.light())
                : String.join("、", e.reasons().stream().map(I18n::of).toList());
    }

    /** Each reason with its figures, joined by ；. */
    public static String full(SupervisionBoard.Entry e) {
        if (e.light() == null) {
            return I18n.t("supervision.why.noLight", I18n.of(e.item().state()));
        }
        List<String> parts = new ArrayList<>();
        for (LightReason r : e.reasons()) {
            parts.add(switch (r) {
                case OVERDUE -> I18n.t("supervision.why.overdue", e.item().deadline(), e.workdaysOverdue());
                case FEEDBACK_OVERDUE -> I18n.t("supervision.why.feedbackOverdue", e.missedCycles());
                case DEADLINE_NEAR -> I18n.t("supervision.why.deadlineNear", e.item().deadline());
                case FEEDBACK_DUE -> I18n.t("supervision.why.feedbackDue", e.nextDue());
            });
        }
        return parts.isEmpty() ? I18n.t("supervision.why.green") : String.join("；", parts);
    }
}
