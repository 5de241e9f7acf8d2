package cn.quanze.home.data;

import cn.quanze.cases.data.CaseAttention;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.core.domain.NamedFilter;
import cn.quanze.supervision.data.SupervisionAttention;
import cn.quanze.supervision.data.SupervisionBoard.Entry;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** The numbers on the cards of 首页 that come from the registers (the sync cards are counted in the sync layer). */
public record HomeCounts(long casesRed, long casesYellow, long casesDueThisWeek, long supervisionOverdue,
                         long feedbackOverdue, long awaitingReview, long catalogGaps) {

    /** Counts with the same predicates the panes filter with ({@link cn.quanze.core.domain.NamedFilter}). */
    public static HomeCounts of(List<CaseRow> cases, List<Entry> items, long gaps, LocalDate today) {
        return new HomeCounts(
                count(cases, CaseAttention.cases(NamedFilter.CASES_RED, today).orElseThrow()),
                count(cases, CaseAttention.cases(NamedFilter.CASES_YELLOW, today).orElseThrow()),
                count(cases, CaseAttention.cases(NamedFilter.DUE_THIS_WEEK, today).orElseThrow()),
                count(items, SupervisionAttention.supervision(NamedFilter.OVERDUE, today).orElseThrow()),
                count(items, SupervisionAttention.supervision(NamedFilter.FEEDBACK_OVERDUE, today).orElseThrow()),
                count(items, SupervisionAttention.supervision(NamedFilter.REVIEW, today).orElseThrow()),
                gaps);
    }

    private static <T> long count(List<T> list, Predicate<T> p) {
        return list.stream().filter(p).count();
    }
}
