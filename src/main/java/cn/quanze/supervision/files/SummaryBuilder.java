package cn.quanze.supervision.files;

import cn.quanze.supervision.domain.Escalation;
import cn.quanze.supervision.domain.EscalationLevel;
import cn.quanze.supervision.domain.EscalationRule;
import cn.quanze.supervision.domain.EventKind;
import cn.quanze.supervision.domain.SupervisionEvent;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.domain.Light;
import cn.quanze.supervision.data.LightWords;
import cn.quanze.supervision.data.SupervisionBoard;
import cn.quanze.supervision.data.SupervisionBoard.Entry;
import cn.quanze.supervision.data.SupervisionRepository;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the {@link SupervisionSummary} of a period from the register. */
public final class SummaryBuilder {
    private final SupervisionRepository repository;
    private final SupervisionBoard board;
    private final OfficeSettings settings;

    public SummaryBuilder(SupervisionRepository repository, SupervisionBoard board, OfficeSettings settings) {
        this.repository = repository;
        this.board = board;
        this.settings = settings;
    }

    public SupervisionSummary build(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new TransitionRefused("report.refused.period", from, to);
        }
        LocalDate asOf = to.isBefore(today) ? to : today;
        List<SupervisionItem> inPeriod = repository.all().stream().filter(i -> inPeriod(i, from, to)).toList();
        SupervisionBoard.Snapshot snap = board.snapshot(inPeriod, asOf);
        List<SupervisionEvent> events = repository.events(from, to);
        int urges = (int) events.stream().filter(e -> e.kind() == EventKind.URGED).count();
        int feedback = (int) repository.feedbackCount(from, to);

        Map<SupervisionState, Integer> byState = new EnumMap<>(SupervisionState.class);
        Map<SupervisionSource, Integer> bySource = new EnumMap<>(SupervisionSource.class);
        for (Entry e : snap.entries()) {
            byState.merge(e.item().state(), 1, Integer::sum);
            bySource.merge(e.item().source(), 1, Integer::sum);
        }
        List<SupervisionSummary.OverdueLine> overdue = snap.entries().stream().filter(Entry::overdue)
                .sorted(Comparator.comparingInt(Entry::workdaysOverdue).reversed())
                .map(e -> new SupervisionSummary.OverdueLine(e.item().displayNumber(), e.item().title(), e.leadUnit(),
                        e.item().deadline(), e.workdaysOverdue(), ChronoUnit.DAYS.between(e.item().deadline(), asOf),
                        e.item().progress())).toList();
        List<SupervisionSummary.CompletedLine> completed = snap.entries().stream()
                .filter(e -> completedIn(e.item(), from, to))
                .sorted(Comparator.comparing(e -> e.item().completedOn()))
                .map(e -> new SupervisionSummary.CompletedLine(e.item().displayNumber(), e.item().title(), e.leadUnit(),
                        e.item().deadline(), e.item().completedOn(), onTime(e.item()))).toList();
        List<SupervisionSummary.CardLine> cards = snap.entries().stream()
                .filter(e -> e.escalation().level().compareTo(EscalationLevel.YELLOW_CARD) >= 0)
                .sorted(Comparator.comparing((Entry e) -> e.escalation().level()).reversed())
                .map(e -> new SupervisionSummary.CardLine(e.item().displayNumber(), e.item().title(), e.leadUnit(),
                        e.escalation().level(), reason(e))).toList();
        List<SupervisionSummary.RedLine> red = snap.entries().stream().filter(e -> e.light() == Light.RED)
                .map(e -> new SupervisionSummary.RedLine(e.item().displayNumber(), e.item().title(), e.leadUnit(),
                        e.item().deadline(), e.reasons(), LightWords.full(e))).toList();
        List<SupervisionSummary.UnitLine> units = units(snap, from, to);
        int newItems = (int) inPeriod.stream().filter(i -> i.assignedOn() != null && !i.assignedOn().isBefore(from)
                && !i.assignedOn().isAfter(to)).count();
        String issuer = settings.identity().map(i -> i.name()).orElse(I18n.t("report.issuer.default"));
        return new SupervisionSummary(from, to, asOf, issuer, I18n.t("report.summary.docNo", to.getYear(),
                to.getMonthValue()), inPeriod.size(), newItems, feedback, urges, byState, bySource, units, overdue,
                completed, cards, red);
    }

    private static boolean inPeriod(SupervisionItem i, LocalDate from, LocalDate to) {
        if (i.assignedOn() == null || i.assignedOn().isAfter(to)) {
            return false;
        }
        if (i.completedOn() != null && i.completedOn().isBefore(from)) {
            return false;
        }
        return !(i.state() == SupervisionState.WITHDRAWN && i.stateSince() != null && i.stateSince().isBefore(from));
    }

    private static boolean completedIn(SupervisionItem i, LocalDate from, LocalDate to) {
        return i.completedOn() != null && !i.completedOn().isBefore(from) && !i.completedOn().isAfter(to);
    }

    private static boolean onTime(SupervisionItem i) {
        return i.deadline() == null || !i.completedOn().isAfter(i.deadline());
    }

    private static String reason(Entry e) {
        List<String> parts = new ArrayList<>();
        for (EscalationRule r : e.escalation().applied()) {
            parts.add(r.trigger() == EscalationRule.Trigger.MISSED_FEEDBACK
                    ? I18n.t("report.reason.missed", e.escalation().missedCycles())
                    : I18n.t("report.reason.overdue", e.workdaysOverdue()));
        }
        return String.join("；", parts);
    }

    private List<SupervisionSummary.UnitLine> units(SupervisionBoard.Snapshot snap, LocalDate from, LocalDate to) {
        Map<String, List<Entry>> byUnit = new LinkedHashMap<>();
        snap.entries().stream().sorted(Comparator.comparing(Entry::leadUnit))
                .forEach(e -> byUnit.computeIfAbsent(e.leadUnit(), k -> new ArrayList<>()).add(e));
        Map<String, Integer> scores = Escalation.scores(snap.entries().stream().map(Entry::escalation).toList())
                .stream().collect(Collectors.toMap(s -> snap.unitName(s.unitId()), Escalation.UnitScore::score,
                        (a, b) -> a));
        List<SupervisionSummary.UnitLine> out = new ArrayList<>();
        byUnit.forEach((unit, list) -> {
            int completed = (int) list.stream().filter(e -> completedIn(e.item(), from, to)).count();
            int onTime = (int) list.stream().filter(e -> completedIn(e.item(), from, to) && onTime(e.item())).count();
            int overdue = (int) list.stream().filter(Entry::overdue).count();
            int working = (int) list.stream().filter(e -> e.item().state() == SupervisionState.IN_PROGRESS
                    || e.item().state() == SupervisionState.ASSIGNED
                    || e.item().state() == SupervisionState.COMPLETION_REQUESTED).count();
            int missed = list.stream().mapToInt(Entry::missedCycles).sum();
            Double rate = completed + overdue == 0 ? null : 100.0 * onTime / (completed + overdue);
            int score = scores.getOrDefault(unit, Escalation.FULL_SCORE);
            out.add(new SupervisionSummary.UnitLine(unit, list.size(), completed, onTime, working, overdue, missed,
                    rate, score, UnitParagraph.write(unit, list, completed, onTime, working, overdue, missed, score)));
        });
        return out;
    }
}
