package cn.quanze.sync.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Schema;
import cn.quanze.core.db.Sql;
import cn.quanze.sync.OwnershipRules;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks an incoming record field by field against its entity type before anything is applied. The row is
 * decoded with the type's own mapper (so enums, numbers, dates and JSON columns are read exactly as this version
 * reads them when a register is listed), encoded again to compare each value's kind (text, whole number,
 * number), and every column this database declares NOT NULL must hold a value. A failure names the record, the
 * field and the value; a row that passes can be listed, exported and checked like one written here.
 */
final class RecordCheck {
    /** Why a field was refused. */
    enum Problem { UNKNOWN_VALUE, NOT_NUMBER, NOT_DATE, NOT_JSON, NOT_TEXT, REQUIRED, INVALID }

    /** A field this version cannot accept: which record, which field, which value. */
    static final class Refused extends IllegalArgumentException {
        final Problem problem;
        final String entity;
        final String record;
        final String field;
        final Object value;

        Refused(Problem problem, String entity, String record, String field, Object value, Throwable cause) {
            super(problem + " " + entity + "/" + record + " " + field, cause);
            this.problem = problem;
            this.entity = entity;
            this.record = record;
            this.field = field;
            this.value = value;
        }
    }

    /** Types and kinds only (lines already checked on arrival, e.g. the backlog). */
    static final RecordCheck TYPES_ONLY = new RecordCheck(Map.of());

    private final Map<String, Set<String>> required;

    private RecordCheck(Map<String, Set<String>> required) {
        this.required = required;
    }

    /** Also requires a value in every column the tables of this database declare NOT NULL. */
    static RecordCheck of(Connection c, Schema schema) throws SQLException {
        Map<String, Set<String>> required = new HashMap<>();
        for (EntityType<?> type : schema.entities()) {
            if (!OwnershipRules.synced(type.name())) {
                continue;
            }
            Set<String> cols = new HashSet<>();
            for (Row col : Sql.rows(c, "PRAGMA table_info(" + type.name() + ")")) {
                if (col.lng("notnull") != 0 && col.lng("pk") == 0) {
                    cols.add(col.str("name"));
                }
            }
            required.put(type.name(), Set.copyOf(cols));
        }
        return new RecordCheck(Map.copyOf(required));
    }

    /** Throws {@link Refused} for the first field of the row this version cannot accept. */
    void check(EntityType<?> type, String record, Row row) {
        for (String col : type.columns()) {
            if (row.values().get(col) == null && required.getOrDefault(type.name(), Set.of()).contains(col)) {
                throw new Refused(Problem.REQUIRED, type.name(), record, col, null, null);
            }
        }
        @SuppressWarnings("unchecked")
        EntityType<Object> t = (EntityType<Object>) type;
        Object decoded;
        try {
            decoded = t.fromRow(row);
        } catch (RuntimeException e) {
            throw refusal(type.name(), record, row, e);
        }
        Row back;
        try {
            back = t.toRow(decoded);
        } catch (RuntimeException e) {
            throw new Refused(Problem.INVALID, type.name(), record, row.lastRead(), value(row, row.lastRead()), e);
        }
        for (String col : type.columns()) {
            Object in = row.values().get(col);
            Object out = back.values().get(col);
            if (in == null || out == null) {
                continue;
            }
            if (out instanceof String && !(in instanceof String)) {
                throw new Refused(Problem.NOT_TEXT, type.name(), record, col, in, null);
            }
            if (out instanceof Long && !(in instanceof Long) || out instanceof Double && !(in instanceof Number)) {
                throw new Refused(Problem.NOT_NUMBER, type.name(), record, col, in, null);
            }
        }
    }

    private static Refused refusal(String entity, String record, Row row, RuntimeException e) {
        if (e instanceof Row.UnknownConstant u) {
            return new Refused(Problem.UNKNOWN_VALUE, entity, record, u.column(), u.value(), e);
        }
        String field = row.lastRead();
        Object value = value(row, field);
        InvalidFormatException format = cause(e, InvalidFormatException.class);
        if (format != null && format.getTargetType() != null && format.getTargetType().isEnum()) {
            // a constant inside a JSON column (a process step's kind...) that this version does not know
            return new Refused(Problem.UNKNOWN_VALUE, entity, record, field, format.getValue(), e);
        }
        Problem p = e instanceof NumberFormatException ? Problem.NOT_NUMBER
                : e instanceof java.time.DateTimeException ? Problem.NOT_DATE
                : cause(e, JsonProcessingException.class) != null ? Problem.NOT_JSON
                : e instanceof NullPointerException && value == null ? Problem.REQUIRED
                : Problem.INVALID;
        return new Refused(p, entity, record, field, value, e);
    }

    private static Object value(Row row, String field) {
        return field == null ? null : row.values().get(field);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable x = e; x != null; x = x.getCause()) {
            if (type.isInstance(x)) {
                return type.cast(x);
            }
        }
        return null;
    }
}
