package cn.quanze.core.db;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads the audit log for the viewer: filtered by user, record and period, with the changed fields decoded. */
public final class AuditLog {
    /** One audit entry. */
    public record Entry(long seq, Instant at, String user, String action, String entity, String recordId,
                        String summary) {
        /** The changed fields with their values before and after (insert: after only; delete: before only). */
        public List<FieldChange> changes() {
            return AuditLog.changes(summary);
        }

        public String operation() {
            JsonNode n = Json.readObject(summary, JsonNode.class);
            return n == null || n.get("op") == null ? "" : n.get("op").asText();
        }
    }

    /** One field of one entry: null stands for "no value" (the record did not exist, or the field was empty). */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * What to show: {@code user} exact (null: everyone), {@code record} a part of the record id or the entity
     * name (null: all), {@code from}/{@code to} inclusive local dates (null: open), at most {@code limit} rows.
     */
    public record Filter(String user, String record, LocalDate from, LocalDate to, int limit) {
    }

    private final Store store;
    private final ZoneId zone;

    public AuditLog(Store store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    /** Newest first. */
    public List<Entry> find(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT seq, at, user_name, action, entity, record_id, summary "
                + "FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.user() != null && !f.user().isBlank()) {
            sql.append(" AND user_name = ?");
            args.add(f.user());
        }
        if (f.record() != null && !f.record().isBlank()) {
            sql.append(" AND (record_id LIKE ? OR entity = ?)");
            args.add("%" + f.record().trim() + "%");
            args.add(f.record().trim());
        }
        if (f.from() != null) {
            sql.append(" AND julianday(at) >= julianday(?)");
            args.add(f.from().atStartOfDay(zone).toInstant().toString());
        }
        if (f.to() != null) {
            sql.append(" AND julianday(at) < julianday(?)");
            args.add(f.to().plusDays(1).atStartOfDay(zone).toInstant().toString());
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        args.add(f.limit());
        return store.read(c -> Sql.rows(c, sql.toString(), args.toArray()).stream()
                .map(r -> new Entry(r.lng("seq"), Instant.parse(r.str("at")), r.str("user_name"), r.str("action"),
                        r.str("entity"), r.str("record_id"), r.str("summary")))
                .toList());
    }

    /** Everyone who appears in the audit log. */
    public List<String> users() {
        return store.read(c -> Sql.rows(c, "SELECT DISTINCT user_name FROM audit_log ORDER BY user_name").stream()
                .map(r -> r.str("user_name")).toList());
    }

    static List<FieldChange> changes(String summary) {
        JsonNode n = Json.readObject(summary, JsonNode.class);
        List<FieldChange> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.has("change")) {
            n = n.get("change"); // a revision applied by sync wraps the row change
        }
        if (n.has("fields")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.get("fields").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new FieldChange(e.getKey(), text(e.getValue().get(0)), text(e.getValue().get(1))));
            }
        }
        addAll(out, n.get("after"), false);
        addAll(out, n.get("before"), true);
        return out;
    }

    private static void addAll(List<FieldChange> out, JsonNode values, boolean before) {
        if (values == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String v = text(e.getValue());
            if (v != null) {
                out.add(before ? new FieldChange(e.getKey(), v, null) : new FieldChange(e.getKey(), null, v));
            }
        }
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
    }
}
