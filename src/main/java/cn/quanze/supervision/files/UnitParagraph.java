package cn.quanze.supervision.files;

import cn.quanze.supervision.domain.EscalationLevel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.SupervisionBoard.Entry;
import java.util.List;
import java.util.stream.Collectors;

/** The short paragraph about one lead unit in a 督查专报, worded from its figures. */
final class UnitParagraph {
    private UnitParagraph() {
    }

    static String write(String unit, List<Entry> entries, int completed, int onTime, int working, int overdue,
                        int missed, int score) {
        StringBuilder b = new StringBuilder(I18n.t("report.unit.opening", unit, entries.size(), completed, onTime,
                working));
        if (overdue == 0 && missed == 0) {
            b.append(I18n.t("report.unit.allWell"));
        } else {
            if (overdue > 0) {
                String worst = entries.stream().filter(Entry::overdue)
                        .sorted((x, y) -> y.workdaysOverdue() - x.workdaysOverdue()).limit(2)
                        .map(e -> I18n.t("report.unit.overdueItem", e.item().title(), e.workdaysOverdue()))
                        .collect(Collectors.joining("、"));
                b.append(I18n.t("report.unit.overdue", overdue, worst));
            }
            if (missed > 0) {
                b.append(I18n.t("report.unit.missed", missed));
            }
            long cards = entries.stream().filter(e -> e.escalation().level().compareTo(EscalationLevel.YELLOW_CARD) >= 0)
                    .count();
            if (cards > 0) {
                b.append(I18n.t("report.unit.cards", cards));
            }
            b.append(I18n.t("report.unit.ask"));
        }
        b.append(I18n.t("report.unit.score", score));
        return b.toString();
    }
}
