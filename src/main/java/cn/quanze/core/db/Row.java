package cn.quanze.core.db;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One database row as column → value, with values normalised to String, Long, Double or null so that the
 * canonical JSON of a row written by a mapper equals the JSON of the same row read back from SQLite.
 */
public final class Row {
    private final TreeMap<String, Object> values = new TreeMap<>();

    public Row put(String column, Object value) {
        values.put(column, normalise(value));
        return this;
    }

    static Object normalise(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Short s) {
            return s.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Long || value instanceof Double || value instanceof String) {
            return value;
        }
        throw new IllegalArgumentException("unsupported column value type: " + value.getClass());
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }

    public String str(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    public Long lng(String column) {
        Object v = values.get(column);
        if (v == null) {
            return null;
        }
        return v instanceof Number n ? n.longValue() : Long.parseLong(v.toString());
    }

    public Integer integer(String column) {
        Long v = lng(column);
        return v == null ? null : v.intValue();
    }

    public int intOr(String column, int fallback) {
        Integer v = integer(column);
        return v == null ? fallback : v;
    }

    public boolean bool(String column) {
        Long v = lng(column);
        return v != null && v != 0;
    }

    public LocalDate date(String column) {
        String v = str(column);
        return v == null || v.isBlank() ? null : LocalDate.parse(v);
    }

    public <E extends Enum<E>> E enumValue(Class<E> type, String column) {
        String v = str(column);
        return v == null ? null : Enum.valueOf(type, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
