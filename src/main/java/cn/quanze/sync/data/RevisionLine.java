package cn.quanze.sync.data;

import cn.quanze.core.db.Schema;
import cn.quanze.sync.OwnershipRules;
import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One revision as a JSON line of a sync file, and the schema every line is checked against on import. */
final class RevisionLine {
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z._:-]{1,64}");
    private static final Set<String> FIELDS = Set.of("rev", "entity", "record", "parents", "origin", "seq", "hlc", "user",
            "deleted", "data");

    private RevisionLine() {
    }

    static String write(Revision r) {
        java.io.StringWriter out = new java.io.StringWriter(r.data().length() + 256);
        try (com.fasterxml.jackson.core.JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("rev", r.revId());
            g.writeStringField("entity", r.entity());
            g.writeStringField("record", r.recordId());
            g.writeArrayFieldStart("parents");
            for (String p : r.parents()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeStringField("origin", r.originNode());
            g.writeNumberField("seq", r.originSeq());
            g.writeNumberField("hlc", r.hlc());
            g.writeStringField("user", r.user());
            g.writeBooleanField("deleted", r.deleted());
            g.writeStringField("data", r.data());
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@link #parse(String, Schema, RecordCheck)} with the type check only (lines checked on arrival). */
    static Revision parse(String line, Schema schema) {
        return parse(line, schema, RecordCheck.TYPES_ONLY);
    }

    /**
     * Parses and checks one line: every field present with its type, a known synced entity, and for a live row
     * exactly the entity's columns (or those of an older version of it) with the record id, each field as the
     * entity type reads it ({@link RecordCheck}). Throws {@link IllegalArgumentException} naming the field, or
     * {@link RecordCheck.Refused} for a field value.
     */
    static Revision parse(String line, Schema schema, RecordCheck check) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("json");
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("json");
        }
        Set<String> names = new HashSet<>();
        n.fieldNames().forEachRemaining(names::add);
        if (!names.equals(FIELDS)) {
            throw new IllegalArgumentException("fields");
        }
        String rev = id(n, "rev");
        String entity = text(n, "entity");
        String record = id(n, "record");
        String origin = id(n, "origin");
        if (!n.get("parents").isArray()) {
            throw new IllegalArgumentException("parents");
        }
        List<String> parents = new ArrayList<>();
        for (JsonNode p : n.get("parents")) {
            if (!p.isTextual() || !ID.matcher(p.asText()).matches()) {
                throw new IllegalArgumentException("parents");
            }
            parents.add(p.asText());
        }
        long seq = number(n, "seq");
        long hlc = number(n, "hlc");
        String user = text(n, "user");
        if (!n.get("deleted").isBoolean()) {
            throw new IllegalArgumentException("deleted");
        }
        boolean deleted = n.get("deleted").asBoolean();
        String data = text(n, "data");
        EntityType<?> type = schema.byName(entity).filter(t -> OwnershipRules.synced(t.name()))
                .orElseThrow(() -> new IllegalArgumentException("entity"));
        checkData(type, record, deleted, data, check);
        return new Revision(0, rev, entity, record, List.copyOf(parents), origin, seq, hlc, user, deleted, data);
    }

    private static void checkData(EntityType<?> type, String record, boolean deleted, String data, RecordCheck check) {
        if (deleted) {
            if (!"{}".equals(data)) {
                throw new IllegalArgumentException("data");
            }
            return;
        }
        cn.quanze.core.db.Row row;
        try {
            row = Json.rowOf(data);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("data");
        }
        Map<String, Object> values = row.values();
        // an older revision (written before a migration added columns) lacks those columns: it still imports
        if (!type.fits(values.keySet()) || !record.equals(values.get("id"))) {
            throw new IllegalArgumentException("data");
        }
        if (!Json.canonical(row).equals(data)) {
            throw new IllegalArgumentException("data");
        }
        check.check(type, record, row);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException(field);
        }
        return v.asText();
    }

    private static String id(JsonNode n, String field) {
        String v = text(n, field);
        if (!ID.matcher(v).matches()) {
            throw new IllegalArgumentException(field);
        }
        return v;
    }

    private static long number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() <= 0) {
            throw new IllegalArgumentException(field);
        }
        return v.asLong();
    }
}
