package cn.quanze.supervision.ui;

import cn.quanze.supervision.domain.EventKind;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.SupervisionEvent;
import cn.quanze.core.i18n.I18n;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One line of an item's timeline: an event (state change, 催办, 通知单, 延期) or a feedback entry. */
public record TimelineEntry(LocalDate date, String what, String detail, String actor, EventKind kind) {
    static List<TimelineEntry> merge(List<SupervisionEvent> events, List<Feedback> feedback) {
        List<TimelineEntry> out = new ArrayList<>();
        for (SupervisionEvent e : events) {
            String detail = e.text() == null ? "" : e.text();
            if (e.newDeadline() != null) {
                detail = I18n.t("supervision.timeline.deadline", e.newDeadline()) + (detail.isEmpty() ? "" : "　" + detail);
            }
            out.add(new TimelineEntry(e.date(), I18n.of(e.kind()), detail, e.actor(), e.kind()));
        }
        for (Feedback f : feedback) {
            out.add(new TimelineEntry(f.date(), I18n.t("supervision.timeline.feedback", f.progress()), f.content(),
                    "", null));
        }
        out.sort(Comparator.comparing(TimelineEntry::date));
        return out;
    }
}
