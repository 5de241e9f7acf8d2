package cn.quanze.supervision.data;

import cn.quanze.core.db.Json;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.supervision.domain.AssignmentRules;
import cn.quanze.supervision.domain.Dispatch;
import cn.quanze.supervision.domain.Receipt;
import cn.quanze.supervision.domain.Subtask;
import cn.quanze.supervision.domain.SupervisionItem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
            throw new cn.quanze.supervision.domain.TransitionRefused("supervision.assign.refused.signDays", days);
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

    private static final String FROM = " FROM supervision_dispatch d LEFT JOIN supervision_receipt r ON r.id = d.id "
            + "WHERE ";

    /** The lines in a handful of set queries (items, receipts, sub-tasks, creating revisions), not one per line. */
    private List<Line> lines(String where, boolean withSubtasks) {
        String self = settings.get(OfficeSettings.OFFICE_CODE).orElse("");
        LocalDate today = LocalDate.now(clock);
        int signDays = signDays();
        return store.read(c -> {
            Map<String, LocalDate> heard = lastHeard(c);
            Map<String, SupervisionItem> items = byId(Sql.rows(c, "SELECT * FROM supervision_item WHERE id IN "
                    + "(SELECT d.item_id" + FROM + where + ")", self), SupervisionRecords.SUPERVISION_ITEM::fromRow);
            Map<String, Receipt> receipts = byId(Sql.rows(c, "SELECT r.*" + FROM + where + " AND r.id IS NOT NULL", self),
                    AssignmentRecords.RECEIPT::fromRow);
            Map<String, List<Subtask>> subtasks = new HashMap<>();
            if (withSubtasks) {
                for (Row s : Sql.rows(c, "SELECT * FROM supervision_subtask WHERE dispatch_id IN (SELECT d.id" + FROM
                        + where + ") ORDER BY deadline, id", self)) {
                    subtasks.computeIfAbsent(s.str("dispatch_id"), k -> new ArrayList<>())
                            .add(AssignmentRecords.SUBTASK.fromRow(s));
                }
            }
            Set<String> delivered = delivered(c, "SELECT d.id" + FROM + where + " AND r.id IS NULL", self);
            List<Line> out = new ArrayList<>();
            for (Row row : Sql.rows(c, "SELECT d.*, u.name AS unit_name, (SELECT office_name FROM sync_node "
                    + "WHERE office_code = d.issuer_office AND office_name IS NOT NULL LIMIT 1) AS issuer_name, (SELECT MAX(date) "
                    + "FROM supervision_event WHERE item_id = d.item_id AND kind IN ('URGED', 'NOTICE_ISSUED')) AS last_urged, "
                    + "(SELECT problem FROM rectification WHERE id = d.rectification_id) AS problem "
                    + "FROM supervision_dispatch d LEFT JOIN supervision_receipt r ON r.id = d.id "
                    + "LEFT JOIN department u ON u.id = d.unit_id "
                    + "WHERE " + where + " ORDER BY d.dispatched_on DESC, d.item_id, d.role, d.id", self)) {
                Dispatch d = AssignmentRecords.DISPATCH.fromRow(row);
                Receipt r = receipts.get(d.id());
                out.add(new Line(d, items.get(d.itemId()), row.str("unit_name"), row.str("issuer_name"), r,
                        rules.light(d, r, today, signDays), rules.signLate(d, r, today, signDays),
                        heard.get(d.officeCode()), r == null && !delivered.contains(d.id()),
                        AssignmentRules.pending(d, r), row.date("last_urged"), row.str("problem"),
                        subtasks.getOrDefault(d.id(), List.of())));
            }
            return out;
        });
    }

    private static <T> Map<String, T> byId(List<Row> rows, java.util.function.Function<Row, T> map) {
        Map<String, T> out = new HashMap<>();
        rows.forEach(r -> out.put(r.str("id"), map.apply(r)));
        return out;
    }

    /**
     * Of the unanswered dispatches, those the office has confirmed holding: a have vector it sent back covers the
     * revision that created the dispatch. Until then an unsigned dispatch is "not yet synced", not late.
     */
    private static Set<String> delivered(Connection c, String unanswered, String self) throws SQLException {
        Map<String, List<Map<?, ?>>> haves = new HashMap<>();
        for (Row n : Sql.rows(c, "SELECT office_code, their_have FROM sync_node WHERE their_have IS NOT NULL")) {
            haves.computeIfAbsent(n.str("office_code"), k -> new ArrayList<>())
                    .add(Json.readObject(n.str("their_have"), Map.class));
        }
        Set<String> out = new HashSet<>();
        for (Row v : Sql.rows(c, "SELECT d.id, d.office_code, v.origin_node, MIN(v.origin_seq) AS seq FROM "
                + "supervision_dispatch d JOIN revision v ON v.entity = 'supervision_dispatch' AND v.record_id = d.id "
                + "WHERE d.id IN (" + unanswered + ") GROUP BY d.id", self)) {
            for (Map<?, ?> have : haves.getOrDefault(v.str("office_code"), List.of())) {
                if (have.get(v.str("origin_node")) instanceof Map<?, ?> m && m.get("seq") instanceof Number seq
                        && seq.longValue() >= v.lng("seq")) {
                    out.add(v.str("id"));
                }
            }
        }
        return out;
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
