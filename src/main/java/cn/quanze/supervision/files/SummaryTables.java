package cn.quanze.supervision.files;

import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.i18n.I18n;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tables of a 督查专报, shared by the DOCX, PDF and XLSX writers. */
final class SummaryTables {
    /** One table: its title, header and rows of text. */
    record Table(String title, List<String> headers, List<List<String>> rows, float[] widths) {
    }

    private SummaryTables() {
    }

    static String rate(Double r) {
        return r == null ? "—" : String.format("%.1f%%", r);
    }

    static String overview(SupervisionSummary s) {
        int working = s.byState().getOrDefault(SupervisionState.IN_PROGRESS, 0)
                + s.byState().getOrDefault(SupervisionState.ASSIGNED, 0);
        int done = s.byState().getOrDefault(SupervisionState.COMPLETED, 0)
                + s.byState().getOrDefault(SupervisionState.ARCHIVED, 0);
        return I18n.t("report.summary.overview", s.total(), s.newInPeriod(), s.feedbackInPeriod(), s.urgesInPeriod(),
                NoticeDocument.date(s.asOf()), done, s.byState().getOrDefault(SupervisionState.COMPLETION_REQUESTED, 0),
                working, s.overdue().size(), rate(s.overallOnTimeRate()), s.completedCount());
    }

    static String title(SupervisionSummary s) {
        return I18n.t("report.summary.title", NoticeDocument.date(s.from()), NoticeDocument.date(s.to()));
    }

    static Table states(SupervisionSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (SupervisionState st : SupervisionState.values()) {
            rows.add(List.of(I18n.of(st), String.valueOf(s.byState().getOrDefault(st, 0))));
        }
        rows.add(List.of(I18n.t("report.total"), String.valueOf(s.total())));
        return new Table(I18n.t("report.table.states"), List.of(I18n.t("report.col.state"), I18n.t("report.col.count")),
                rows, new float[] {0.6f, 0.4f});
    }

    static Table sources(SupervisionSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (SupervisionSource src : SupervisionSource.values()) {
            rows.add(List.of(I18n.of(src), String.valueOf(s.bySource().getOrDefault(src, 0))));
        }
        return new Table(I18n.t("report.table.sources"), List.of(I18n.t("report.col.source"),
                I18n.t("report.col.count")), rows, new float[] {0.6f, 0.4f});
    }

    static Table units(SupervisionSummary s) {
        List<List<String>> rows = s.units().stream().map(u -> List.of(u.unit(), String.valueOf(u.items()),
                String.valueOf(u.completed()), String.valueOf(u.completedOnTime()), String.valueOf(u.inProgress()),
                String.valueOf(u.overdue()), String.valueOf(u.missedCycles()), rate(u.onTimeRate()),
                String.valueOf(u.score()))).toList();
        return new Table(I18n.t("report.table.units"), header("report.col.unit", "report.col.items",
                "report.col.completed", "report.col.onTime", "report.col.working", "report.col.overdue",
                "report.col.missed", "report.col.rate", "report.col.score"), rows,
                new float[] {0.2f, 0.08f, 0.1f, 0.1f, 0.08f, 0.08f, 0.12f, 0.13f, 0.11f});
    }

    static Table overdue(SupervisionSummary s) {
        List<List<String>> rows = s.overdue().stream().map(o -> List.of(o.number(), o.title(), o.unit(),
                String.valueOf(o.deadline()), String.valueOf(o.workdaysOverdue()), String.valueOf(o.daysOverdue()),
                o.progress() + "%")).toList();
        return new Table(I18n.t("report.table.overdue"), header("report.col.number", "report.col.title",
                "report.col.unit", "report.col.deadline", "report.col.workdaysOverdue", "report.col.daysOverdue",
                "report.col.progress"), rows, new float[] {0.2f, 0.26f, 0.14f, 0.12f, 0.1f, 0.09f, 0.09f});
    }

    /** Every red light and why: 逾期 (with the working days) and/or 反馈逾期 (with the missed cycles). */
    static Table red(SupervisionSummary s) {
        List<List<String>> rows = s.red().stream().map(r -> List.of(r.number(), r.title(), r.unit(),
                String.valueOf(r.deadline()), r.why())).toList();
        return new Table(I18n.t("report.table.red"), header("report.col.number", "report.col.title",
                "report.col.unit", "report.col.deadline", "report.col.lightReason"), rows,
                new float[] {0.17f, 0.2f, 0.12f, 0.135f, 0.375f});
    }

    static Table completed(SupervisionSummary s) {
        List<List<String>> rows = s.completed().stream().map(c -> List.of(c.number(), c.title(), c.unit(),
                String.valueOf(c.deadline()), String.valueOf(c.completedOn()),
                I18n.t(c.onTime() ? "report.yes" : "report.no"))).toList();
        return new Table(I18n.t("report.table.completed"), header("report.col.number", "report.col.title",
                "report.col.unit", "report.col.deadline", "report.col.completedOn", "report.col.onTimeFlag"), rows,
                new float[] {0.2f, 0.3f, 0.16f, 0.13f, 0.13f, 0.08f});
    }

    static Table cards(SupervisionSummary s) {
        List<List<String>> rows = s.cards().stream().map(c -> List.of(c.number(), c.title(), c.unit(),
                I18n.of(c.level()), c.reason())).toList();
        return new Table(I18n.t("report.table.cards"), header("report.col.number", "report.col.title",
                "report.col.unit", "report.col.level", "report.col.reason"), rows,
                new float[] {0.2f, 0.28f, 0.15f, 0.12f, 0.25f});
    }

    static List<Table> all(SupervisionSummary s) {
        return List.of(states(s), sources(s), units(s), overdue(s), red(s), completed(s), cards(s));
    }

    private static List<String> header(String... keys) {
        return Arrays.stream(keys).map(I18n::t).toList();
    }
}
