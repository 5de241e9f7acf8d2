package cn.quanze.cases.data;

import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import cn.quanze.core.db.StoreException;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.core.domain.Ids;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.cases.domain.CaseBasis;
import cn.quanze.cases.domain.CaseClock;
import cn.quanze.cases.domain.CaseEvent;
import cn.quanze.cases.domain.CaseEventType;
import cn.quanze.cases.domain.CaseFile;
import cn.quanze.cases.domain.CaseHistory;
import cn.quanze.cases.domain.CaseProgress;
import cn.quanze.cases.domain.CaseRuleException;
import cn.quanze.cases.domain.CaseRules;
import cn.quanze.cases.domain.LightThresholds;
import cn.quanze.cases.domain.SuspensionReason;
import cn.quanze.powers.domain.PowerItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 限时办结 ledger: reads cases with their events, and performs every transition (open, suspend, resume, extend,
 * change limits, mark a step done, complete, 摘牌) as one unit of work that checks {@link CaseRules} against
 * the case's current progress and appends an event.
 */
public final class CaseLedger {
    public static final String YELLOW_DAYS = "cases.yellow.days";
    public static final String YELLOW_PERCENT = "cases.yellow.percent";
    private final Store store;
    private final OfficeSettings settings;
    private final WorkCalendar calendar;
    private final Clock clock;

    public CaseLedger(Store store, OfficeSettings settings, WorkCalendar calendar, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LightThresholds thresholds() {
        return thresholdsIn(settings);
    }

    /** The case thresholds kept in {@code settings}; the defaults when unset or unreadable. */
    public static LightThresholds thresholdsIn(OfficeSettings settings) {
        try {
            return new LightThresholds(settings.get(YELLOW_DAYS).map(Integer::parseInt).orElse(2),
                    settings.get(YELLOW_PERCENT).map(Integer::parseInt).orElse(80));
        } catch (IllegalArgumentException e) {
            return LightThresholds.DEFAULT;
        }
    }

    public void saveThresholds(LightThresholds t) {
        store.run("cases.thresholds", uow -> {
            settings.set(uow, YELLOW_DAYS, Integer.toString(t.daysLeft()));
            settings.set(uow, YELLOW_PERCENT, Integer.toString(t.percentUsed()));
        });
    }

    public CaseClock clockFor() {
        return new CaseClock(calendar, thresholds());
    }

    public List<CaseHistory> all() {
        return store.read(c -> {
            Map<String, List<CaseEvent>> byCase = new HashMap<>();
            for (Row r : Sql.rows(c, "SELECT * FROM case_event ORDER BY case_id, seq")) {
                CaseEvent e = CaseRecords.CASE_EVENT.fromRow(r);
                byCase.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
            }
            List<CaseHistory> out = new ArrayList<>();
            for (Row r : Sql.rows(c, "SELECT * FROM case_file ORDER BY received_on DESC, number DESC")) {
                CaseFile f = CaseRecords.CASE_FILE.fromRow(r);
                out.add(new CaseHistory(f, byCase.getOrDefault(f.id(), List.of())));
            }
            return out;
        });
    }

    public Optional<CaseHistory> byId(String id) {
        return store.read(c -> Sql.one(c, "SELECT * FROM case_file WHERE id = ?", id).map(r -> {
            CaseFile f = CaseRecords.CASE_FILE.fromRow(r);
            try {
                return new CaseHistory(f, Sql.rows(c, "SELECT * FROM case_event WHERE case_id = ? ORDER BY seq", id)
                        .stream().map(CaseRecords.CASE_EVENT::fromRow).toList());
            } catch (java.sql.SQLException e) {
                throw StoreException.classify(e);
            }
        }));
    }

    /** Registers a new case; returns it with its number. {@code cited} is the power item (null if not power-based). */
    public CaseFile open(CaseFile draft, PowerItem cited, String officeCode) {
        return open(draft, cited, officeCode, null);
    }

    /**
     * Registers a new case whose limits may differ from the power item's when a reason is given; the reason is
     * kept as a 调整时限 event on the timeline.
     */
    public CaseFile open(CaseFile draft, PowerItem cited, String officeCode, String limitReason) {
        CaseRules.checkNew(draft, cited, today());
        boolean changed = CaseRules.checkLimitsAgainst(cited, draft.legalLimitDays(), draft.promisedLimitDays(),
                limitReason);
        return store.write("cases.open", uow -> {
            CaseFile c = put(uow, draft, officeCode, today());
            if (changed) {
                append(uow, c, 2, CaseEventType.LIMIT_CHANGED, today(), limitReason.trim(), c.legalLimitDays(), null,
                        null, c.promisedLimitDays() == null ? "" : c.promisedLimitDays().toString());
            }
            return c;
        });
    }

    /** Inserts a new case and its OPENED event inside a running unit of work (also used by demo data and import). */
    public static CaseFile put(UnitOfWork uow, CaseFile draft, String officeCode, LocalDate openedOn) {
        String id = draft.id() == null ? Ids.newId() : draft.id();
        String number = draft.number() == null || draft.number().isBlank()
                ? nextNumber(uow, officeCode, draft.receivedOn().getYear()) : draft.number();
        CaseFile c = new CaseFile(id, number, draft.basis() == CaseBasis.POWER ? draft.powerItemId() : null,
                draft.basis(), draft.nonPowerCategory(), draft.applicant(), draft.matter(), draft.receivedOn(),
                draft.legalLimitDays(), draft.promisedLimitDays(), draft.departmentId(), draft.post(), draft.person(),
                draft.steps(), draft.demo());
        uow.put(CaseRecords.CASE_FILE, c);
        append(uow, c, 1, CaseEventType.OPENED, openedOn == null ? c.receivedOn() : openedOn, null, null, null,
                null, null);
        return c;
    }

    static String nextNumber(UnitOfWork uow, String officeCode, int year) {
        String prefix = (officeCode == null || officeCode.isBlank() ? "BJ" : officeCode) + "-" + year + "-";
        long max = uow.query("SELECT number FROM case_file WHERE number LIKE ?", prefix + "%").stream()
                .mapToLong(r -> {
                    try {
                        return Long.parseLong(r.str("number").substring(prefix.length()));
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }).max().orElse(0);
        return prefix + String.format("%05d", max + 1);
    }

    public void suspend(String caseId, LocalDate date, SuspensionReason reason, String note) {
        transition("cases.suspend", caseId, (h, p) -> {
            CaseRules.checkSuspend(p, reason, date, h.file().receivedOn());
            return new Change(CaseEventType.SUSPENDED, date, reason.name(), null, null, null, note);
        });
    }

    public void resume(String caseId, LocalDate date) {
        transition("cases.resume", caseId, (h, p) -> {
            LocalDate since = h.events().stream().filter(e -> e.type() == CaseEventType.SUSPENDED)
                    .reduce((a, b) -> b).map(CaseEvent::date).orElse(null);
            CaseRules.checkResume(p, date, since);
            return new Change(CaseEventType.RESUMED, date, null, null, null, null, null);
        });
    }

    public void extend(String caseId, int days, String approver, String reason) {
        transition("cases.extend", caseId, (h, p) -> {
            CaseRules.checkExtend(p, days, approver, reason);
            return new Change(CaseEventType.EXTENDED, today(), reason, days, null, approver, null);
        });
    }

    public void changeLimits(String caseId, int legal, Integer promised, String reason) {
        transition("cases.limits", caseId, (h, p) -> {
            CaseRules.checkLimitChange(p, reason);
            CaseRules.checkLimits(legal, promised);
            return new Change(CaseEventType.LIMIT_CHANGED, today(), reason, legal, null, null,
                    promised == null ? "" : promised.toString());
        });
    }

    public void stepDone(String caseId, int stepIndex, LocalDate date) {
        transition("cases.step", caseId, (h, p) -> {
            if (!p.isOpen() || stepIndex < 0 || stepIndex >= p.steps().size() || p.steps().get(stepIndex).done()) {
                throw new CaseRuleException("cases.rule.badStep");
            }
            return new Change(CaseEventType.STEP_DONE, date, null, null, stepIndex, null, null);
        });
    }

    public void complete(String caseId, LocalDate date, String result) {
        transition("cases.complete", caseId, (h, p) -> {
            CaseRules.checkComplete(p, date, h.file().receivedOn(), result);
            return new Change(CaseEventType.COMPLETED, date, null, null, null, null, result);
        });
    }

    public void acknowledge(String caseId, String note) {
        transition("cases.acknowledge", caseId, (h, p) -> {
            CaseRules.checkAcknowledge(p, note);
            return new Change(CaseEventType.ACKNOWLEDGED, today(), null, null, null, null, note);
        });
    }

    private record Change(CaseEventType type, LocalDate date, String reason, Integer days, Integer stepIndex,
                          String approver, String note) {
    }

    private interface Decision {
        Change decide(CaseHistory history, CaseProgress progress);
    }

    private void transition(String action, String caseId, Decision decision) {
        CaseClock caseClock = clockFor();
        store.run(action, uow -> {
            CaseFile f = uow.find(CaseRecords.CASE_FILE, caseId)
                    .orElseThrow(() -> new CaseRuleException("cases.rule.noSuchCase", caseId));
            List<CaseEvent> events = uow.query("SELECT * FROM case_event WHERE case_id = ? ORDER BY seq", caseId)
                    .stream().map(CaseRecords.CASE_EVENT::fromRow).toList();
            CaseHistory h = new CaseHistory(f, events);
            Change ch = decision.decide(h, caseClock.evaluate(f, events, today()));
            if (ch.type() == CaseEventType.LIMIT_CHANGED) {
                Integer promised = ch.note().isEmpty() ? null : Integer.valueOf(ch.note());
                uow.put(CaseRecords.CASE_FILE, f.withLimits(ch.days(), promised));
            }
            append(uow, f, h.nextSeq(), ch.type(), ch.date(), ch.reason(), ch.days(), ch.stepIndex(), ch.approver(),
                    ch.note());
        });
    }

    /** Appends an event to a case inside a running unit of work (also demo data and back-filling). */
    public static void append(UnitOfWork uow, CaseFile c, int seq, CaseEventType type, LocalDate date, String reason,
                              Integer days, Integer stepIndex, String approver, String note) {
        uow.put(CaseRecords.CASE_EVENT, new CaseEvent(Ids.newId(), c.id(), seq, type, date, reason, days, stepIndex,
                uow.actor(), approver, note, c.demo()));
    }
}
