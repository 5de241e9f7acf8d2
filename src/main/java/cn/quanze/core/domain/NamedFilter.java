package cn.quanze.core.domain;

/**
 * The names of the filters behind the cards of 首页: a card counts with the filter of its name and opens its pane
 * narrowed by the same filter, so the number on a card and the rows it opens always agree. Each register
 * defines the predicate of its names (cases: {@code CaseAttention}, supervision: {@code SupervisionAttention}).
 */
public final class NamedFilter {
    public static final String CASES_RED = "light:RED";
    public static final String CASES_YELLOW = "light:YELLOW";
    public static final String DUE_THIS_WEEK = "dueThisWeek";
    public static final String OVERDUE = "overdue";
    public static final String FEEDBACK_OVERDUE = "feedbackOverdue";
    public static final String REVIEW = "review";
    public static final String PARTNERS = "partners";
    public static final String CONFLICTS = "conflicts";
    public static final String PROPOSALS = "proposals";
    public static final String GAPS = "gaps";

    private NamedFilter() {
    }
}
