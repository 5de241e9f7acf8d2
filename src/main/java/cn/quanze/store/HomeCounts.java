package cn.quanze.store;

import cn.quanze.store.CaseRows.CaseRow;
import cn.quanze.store.SupervisionBoard.Entry;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** The numbers on the cards of 首页 that come from the registers (the sync cards are counted in the sync layer). */
public record HomeCounts(long casesRed, long casesYellow, long casesDueThisWeek, long supervisionOverdue,
                         long feedbackOverdue, long awaitingReview, long catalogGaps) {

    /** Counts with the same predicates the panes filter with ({@link Attention}). */
    public static HomeCounts of(List<CaseRow> cases, List<Entry> items, long gaps, LocalDate today) {
        return new HomeCounts(
                count(cases, Attention.cases(Attention.CASES_RED, today).orElseThrow()),
                count(cases, Attention.cases(Attention.CASES_YELLOW, today).orElseThrow()),
                count(cases, Attention.cases(Attention.DUE_THIS_WEEK, today).orElseThrow()),
                count(items, Attention.supervision(Attention.OVERDUE, today).orElseThrow()),
                count(items, Attention.supervision(Attention.FEEDBACK_OVERDUE, today).orElseThrow()),
                count(items, Attention.supervision(Attention.REVIEW, today).orElseThrow()),
                gaps);
    }

    private static <T> long count(List<T> list, Predicate<T> p) {
        return list.stream().filter(p).count();
    }
}
