package cn.quanze.home.ui;

import cn.quanze.core.domain.NamedFilter;
import cn.quanze.home.data.HomeCounts;
import cn.quanze.sync.data.SyncAttention;
import java.util.function.ToLongFunction;

/** The cards of 首页: caption key, the pane and named filter a click opens, and where the number comes from. */
public enum HomeCard {
    CASES_RED("home.card.casesRed", "deadlines", NamedFilter.CASES_RED, Tone.DANGER, f -> f.counts().casesRed()),
    CASES_YELLOW("home.card.casesYellow", "deadlines", NamedFilter.CASES_YELLOW, Tone.WARNING, f -> f.counts().casesYellow()),
    CASES_DUE_THIS_WEEK("home.card.casesDueThisWeek", "deadlines", NamedFilter.DUE_THIS_WEEK, Tone.PLAIN,
            f -> f.counts().casesDueThisWeek()),
    SUPERVISION_OVERDUE("home.card.supervisionOverdue", "supervision", NamedFilter.OVERDUE, Tone.DANGER,
            f -> f.counts().supervisionOverdue()),
    FEEDBACK_OVERDUE("home.card.feedbackOverdue", "supervision", NamedFilter.FEEDBACK_OVERDUE, Tone.WARNING,
            f -> f.counts().feedbackOverdue()),
    AWAITING_REVIEW("home.card.awaitingReview", "supervision", NamedFilter.REVIEW, Tone.PLAIN, f -> f.counts().awaitingReview()),
    SILENT_PARTNERS("home.card.silentPartners", "sync", NamedFilter.PARTNERS, Tone.WARNING, f -> f.sync().silentPartners()),
    CONFLICTS("home.card.conflicts", "sync", NamedFilter.CONFLICTS, Tone.DANGER, f -> f.sync().conflicts()),
    PROPOSALS("home.card.proposals", "sync", NamedFilter.PROPOSALS, Tone.PLAIN, f -> f.sync().proposals()),
    CATALOG_GAPS("home.card.catalogGaps", "duties", NamedFilter.GAPS, Tone.WARNING, f -> f.counts().catalogGaps());

    /** How a non-zero number is coloured. */
    public enum Tone { DANGER, WARNING, PLAIN }

    /** The two readings a card's number comes from. */
    public record Figures(HomeCounts counts, SyncAttention sync) {
    }

    private final String captionKey;
    private final String pane;
    private final String filter;
    private final Tone tone;
    private final ToLongFunction<Figures> value;

    HomeCard(String captionKey, String pane, String filter, Tone tone, ToLongFunction<Figures> value) {
        this.captionKey = captionKey;
        this.pane = pane;
        this.filter = filter;
        this.tone = tone;
        this.value = value;
    }

    /** The node id (home-card-…) and the caption key (home.card.…). */
    public String id() {
        return captionKey.replace('.', '-');
    }

    public String captionKey() {
        return captionKey;
    }

    public String pane() {
        return pane;
    }

    public String filter() {
        return filter;
    }

    public Tone tone() {
        return tone;
    }

    public long of(Figures figures) {
        return value.applyAsLong(figures);
    }
}
