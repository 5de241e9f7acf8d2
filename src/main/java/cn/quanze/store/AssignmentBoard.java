package cn.quanze.store;

import cn.quanze.domain.Light;
import cn.quanze.domain.calendar.WorkCalendar;
import cn.quanze.domain.supervision.AssignmentRules;
import cn.quanze.domain.supervision.Dispatch;
import cn.quanze.domain.supervision.Receipt;
import cn.quanze.domain.supervision.Subtask;
import cn.quanze.domain.supervision.SupervisionItem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What both sides of 交办 read: the issuer's roll-up (per item and unit: 签收 state, last feedback, progress, light
 * and when a sync file from that office last arrived; "not yet synced" while the office has not confirmed holding
 * the dispatch, so "late" is told apart from it) with its
 * counts on the issuer's calendar, and the receiving office's inbox (待签收) and its signed items with sub-tasks.
 */
public final class AssignmentBoard {
    /** Office setting: working days after 交办 before an unsigned dispatch turns yellow. */
    public static final String SIGN_DAYS = "supervision.assign.signDays";

    /** One dispatch with its item, unit name, the office's receipt and the issuer's view of it. */
    public record Line(Dispatch dispatch, SupervisionItem item, String unitName, String issuerName, Receipt receipt,
                       Light light,
                       boolean signLate, LocalDate lastHeard, boolean notYetSynced, boolean requestPending,
                       LocalDate lastUrged, String rectificationProblem, List<Subtask> subtasks) {
    }

    /** The issuer's counts (on its own calendar). */
    public record Counts(int total, int signed, int unsigned, int signLate, int returned, int pending, int overdue,
                         int completed, int notYetSynced) {
    }

    private final Store store;
    private final AssignmentRules rules;
    private final OfficeSettings settings;
    private final Clock clock;

    public AssignmentBoard(Store store, WorkCalendar calendar, OfficeSettings settings, Clock clock) {
        this.store = store;
        this.rules = new AssignmentRules(calendar);
        this.settings = settings;
        this.clock = clock;
    }

    public int signDays() {
        return settings.get(SIGN_DAYS).map(Integer::parseInt).orElse(AssignmentRules.DEFAULT_SIGN_DAYS);
    }

    /** Sets the office's working days for 签收 (0 to 30). */
    public void setSignDays(int days) {
        if (days < 0 || days > 30) {
            throw new cn.quanze.domain.supervision.TransitionRefused("supervision.assign.refused.signDays", days);
        }
        store.run("supervision.assign.signDays", uow -> settings.set(uow, SIGN_DAYS, Integer.toString(days)));
    }

    /** The issuer's roll-up: every dispatch this office issued, newest items first. */
    public List<Line> rollup() {
        return lines("d.issuer_office = ?", false);
    }

    /** 待签收: dispatches addressed to this office, not yet signed or given back. */
    public List<Line> inbox() {
        return lines("d.office_code = ? AND d.active = 1 AND r.id IS NULL", false);
    }

    /** Items this office signed: its work, with its sub-tasks. */
    public List<Line> received() {
        return lines("d.office_code = ? AND r.status = 'SIGNED'", true);
    }

    public Counts counts(List<Line> lines) {
        int[] n = new int[9];
        LocalDate today = LocalDate.now(clock);
        for (Line l : lines) {
            if (!l.dispatch().active()) {
                continue;
            }
            n[0]++;
            Receipt r = l.receipt();
            n[1] += r != null && r.status() == Receipt.ReceiptStatus.SIGNED ? 1 : 0;
            n[2] += r == null ? 1 : 0;
            n[3] += l.signLate() ? 1 : 0;
            n[4] += r != null && r.status() == Receipt.ReceiptStatus.RETURNED ? 1 : 0;
            n[5] += l.requestPending() ? 1 : 0;
            n[6] += !l.dispatch().completed() && l.dispatch().deadline() != null
                    && today.isAfter(l.dispatch().deadline()) ? 1 : 0;
            n[7] += l.dispatch().completed() ? 1 : 0;
            n[8] += l.notYetSynced() ? 1 : 0;
        }
        return new Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
    }

    private List<Line> lines(String where, boolean withSubtasks) {
        String self = settings.get(OfficeSettings.OFFICE_CODE).orElse("");
        LocalDate today = LocalDate.now(clock);
        int signDays = signDays();
        return store.read(c -> {
            Map<String, LocalDate> heard = lastHeard(c);
            List<Line> out = new ArrayList<>();
            for (Row row : Sql.rows(c, "SELECT d.*, r.id AS r_id, u.name AS unit_name, (SELECT office_name FROM sync_node "
                    + "WHERE office_code = d.issuer_office AND office_name IS NOT NULL LIMIT 1) AS issuer_name, (SELECT MAX(date) "
                    + "FROM supervision_event WHERE item_id = d.item_id AND kind IN ('URGED', 'NOTICE_ISSUED')) AS last_urged, "
                    + "(SELECT problem FROM rectification WHERE id = d.rectification_id) AS problem "
                    + "FROM supervision_dispatch d "
                    + "LEFT JOIN supervision_receipt r ON r.id = d.id LEFT JOIN department u ON u.id = d.unit_id "
                    + "WHERE " + where + " ORDER BY d.dispatched_on DESC, d.item_id, d.role, d.id", self)) {
                Dispatch d = AssignmentRecords.DISPATCH.fromRow(row);
                SupervisionItem item = Sql.one(c, "SELECT * FROM supervision_item WHERE id = ?", d.itemId())
                        .map(SupervisionRecords.SUPERVISION_ITEM::fromRow).orElse(null);
                Receipt r = row.str("r_id") == null ? null : Sql.one(c, "SELECT * FROM supervision_receipt WHERE id = ?",
                        d.id()).map(AssignmentRecords.RECEIPT::fromRow).orElse(null);
                List<Subtask> subs = withSubtasks ? Sql.rows(c, "SELECT * FROM supervision_subtask WHERE dispatch_id = ? "
                        + "ORDER BY deadline, id", d.id()).stream().map(AssignmentRecords.SUBTASK::fromRow).toList()
                        : List.of();
                out.add(new Line(d, item, row.str("unit_name"), row.str("issuer_name"), r, rules.light(d, r, today, signDays),
                        rules.signLate(d, r, today, signDays), heard.get(d.officeCode()),
                        r == null && !delivered(c, d), AssignmentRules.pending(d, r), row.date("last_urged"), row.str("problem"), subs));
            }
            return out;
        });
    }

    /**
     * Whether the office has confirmed holding the dispatch: a have vector it sent back covers the revision that
     * created it. Until then an unsigned dispatch is "not yet synced", not late.
     */
    private static boolean delivered(Connection c, Dispatch d) throws SQLException {
        Row created = Sql.one(c, "SELECT origin_node, origin_seq FROM revision WHERE entity = 'supervision_dispatch' "
                + "AND record_id = ? ORDER BY hlc LIMIT 1", d.id()).orElse(null);
        if (created == null) {
            return false;
        }
        for (Row n : Sql.rows(c, "SELECT their_have FROM sync_node WHERE office_code = ? AND their_have IS NOT NULL",
                d.officeCode())) {
            Object have = Json.readObject(n.str("their_have"), Map.class).get(created.str("origin_node"));
            if (have instanceof Map<?, ?> m && m.get("seq") instanceof Number seq
                    && seq.longValue() >= created.lng("origin_seq")) {
                return true;
            }
        }
        return false;
    }

    /** Office code → the day the newest sync file from that office was imported here. */
    private Map<String, LocalDate> lastHeard(Connection c) throws SQLException {
        Map<String, LocalDate> m = new TreeMap<>();
        for (Row r : Sql.rows(c, "SELECT peer_office, MAX(at) AS at FROM sync_bundle WHERE direction = 'in' "
                + "GROUP BY peer_office")) {
            m.put(r.str("peer_office"), Instant.parse(r.str("at")).atZone(clock.getZone()).toLocalDate());
        }
        return m;
    }
}
