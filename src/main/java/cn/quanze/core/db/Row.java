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
    /** The column an accessor read last: which field a mapper was decoding when it failed (sync validation). */
    private String lastRead;

    /** A text value that names no constant of the enum the column holds (e.g. a value from a newer version). */
    public static final class UnknownConstant extends IllegalArgumentException {
        private final String column;
        private final String value;

        UnknownConstant(String column, String value, Class<?> type, IllegalArgumentException cause) {
            super(column + ": no " + type.getSimpleName() + " constant " + value, cause);
            this.column = column;
            this.value = value;
        }

        public String column() {
            return column;
        }

        public String value() {
            return value;
        }
    }

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
        lastRead = column;
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    public Long lng(String column) {
        lastRead = column;
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
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new UnknownConstant(column, v, type, e);
        }
    }

    /** The column the last {@link #str} / {@link #lng} (or an accessor over them) read, else null. */
    public String lastRead() {
        return lastRead;
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
