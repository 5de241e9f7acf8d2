package cn.quanze.supervision.ui;

import cn.quanze.supervision.domain.AssignmentRules;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.AssignmentBoard.Line;
import cn.quanze.ui.common.Tables;

/** How a dispatch reads in the tables: 签收 state, the open request or the last decision, the 文号. */
final class AssignmentText {
    private AssignmentText() {
    }

    static String receipt(Line l) {
        if (l.receipt() == null) {
            return I18n.t(l.notYetSynced() ? "supervision.assign.state.notDelivered"
                    : l.signLate() ? "supervision.assign.state.unsignedLate" : "supervision.assign.state.unsigned");
        }
        String s = I18n.of(l.receipt().status());
        return l.receipt().reason() == null ? s : s + "：" + l.receipt().reason();
    }

    static String request(Line l) {
        if (AssignmentRules.pending(l.dispatch(), l.receipt())) {
            String kind = I18n.of(l.receipt().requestKind());
            return l.receipt().requestedDeadline() == null ? kind + I18n.t("supervision.assign.state.pending")
                    : kind + "（" + l.receipt().requestedDeadline() + "）" + I18n.t("supervision.assign.state.pending");
        }
        return I18n.of(l.dispatch().decision());
    }

    static String number(Line l) {
        return l.item() == null ? "" : l.item().displayNumber();
    }

    static String docNo(Line l) {
        return l.item() == null ? "" : Tables.orEmpty(l.item().sourceDocNo());
    }

    /** The item's title, or for a 整改 "整改：problem（item title）". */
    static String title(Line l) {
        String item = l.item() == null ? "" : l.item().title();
        return l.rectificationProblem() == null ? item
                : I18n.t("supervision.assign.rectification", l.rectificationProblem(), item);
    }

    /** "已签收 2026-11-22 张三" or the reason of a 退回, or why there is no answer yet. */
    static String receiptWithDate(Line l) {
        if (l.receipt() == null) {
            return receipt(l);
        }
        return I18n.of(l.receipt().status()) + " " + l.receipt().actedOn() + " " + Tables.orEmpty(l.receipt().actedBy())
                + (l.receipt().reason() == null ? "" : "：" + l.receipt().reason());
    }
}
