package cn.quanze.supervision.files;

import cn.quanze.supervision.domain.EscalationLevel;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a 督查专报 / 通报 for a period says: counts by state and by source, per lead unit the on-time rate (按期办结率 =
 * completed on time ÷ (completed + still overdue)), overdue items, completed items, yellow cards and circulated
 * items, and a sentence or two per unit. States are as of the report day; the period selects the items.
 */
public record SupervisionSummary(LocalDate from, LocalDate to, LocalDate asOf, String issuer, String docNo,
                                 int total, int newInPeriod, int feedbackInPeriod, int urgesInPeriod,
                                 Map<SupervisionState, Integer> byState, Map<SupervisionSource, Integer> bySource,
                                 List<UnitLine> units, List<OverdueLine> overdue, List<CompletedLine> completed,
                                 List<CardLine> cards, List<RedLine> red) {

    /** One lead unit's figures; {@code onTimeRate} is null when nothing was due. */
    public record UnitLine(String unit, int items, int completed, int completedOnTime, int inProgress, int overdue,
                           int missedCycles, Double onTimeRate, int score, String paragraph) {
    }

    public record OverdueLine(String number, String title, String unit, LocalDate deadline, int workdaysOverdue,
                              long daysOverdue, int progress) {
    }

    public record CompletedLine(String number, String title, String unit, LocalDate deadline, LocalDate completedOn,
                                boolean onTime) {
    }

    /** An item with a red light, and why (逾期 / 反馈逾期, with the figures). */
    public record RedLine(String number, String title, String unit, LocalDate deadline,
                          List<cn.quanze.supervision.domain.LightReason> reasons, String why) {
    }

    public record CardLine(String number, String title, String unit, EscalationLevel level, String reason) {
    }

    public int completedCount() {
        return completed.size();
    }

    public Double overallOnTimeRate() {
        int onTime = units.stream().mapToInt(UnitLine::completedOnTime).sum();
        int due = units.stream().mapToInt(u -> u.completed() + u.overdue()).sum();
        return due == 0 ? null : 100.0 * onTime / due;
    }
}
