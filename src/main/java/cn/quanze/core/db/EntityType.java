package cn.quanze.core.db;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Describes one synced record type: its table, its columns and how a domain record maps to a {@link Row}.
 * Every table described here has a TEXT primary key {@code id} holding a client-made UUID.
 *
 * <p>A column a later migration added is declared with {@link #addedLater}: revisions written before it (kept
 * in the change log, or arriving in a partner's sync file) lack it, and their row reads as if it were null —
 * the value the migration gave the rows already stored.
 */
public final class EntityType<T> {
    private final String name;
    private final List<String> columns;
    private final Function<T, Row> toRow;
    private final Function<Row, T> fromRow;
    private final Set<String> addedLater;

    public EntityType(String name, List<String> columns, Function<T, Row> toRow, Function<Row, T> fromRow) {
        this(name, columns, toRow, fromRow, Set.of());
    }

    private EntityType(String name, List<String> columns, Function<T, Row> toRow, Function<Row, T> fromRow,
                       Set<String> addedLater) {
        if (!columns.contains("id")) {
            throw new IllegalArgumentException(name + " has no id column");
        }
        if (!columns.containsAll(addedLater) || addedLater.contains("id")) {
            throw new IllegalArgumentException(name + ": added columns " + addedLater + " not among " + columns);
        }
        this.name = name;
        this.columns = List.copyOf(columns);
        this.toRow = toRow;
        this.fromRow = fromRow;
        this.addedLater = Set.copyOf(addedLater);
    }

    /** The same type, with columns that a later migration added (nullable, null for the rows before it). */
    public EntityType<T> addedLater(String... later) {
        java.util.Set<String> all = new java.util.TreeSet<>(addedLater);
        all.addAll(List.of(later));
        return new EntityType<>(name, columns, toRow, fromRow, all);
    }

    /** Columns that revisions older than their migration do not carry. */
    public Set<String> addedLaterColumns() {
        return addedLater;
    }

    /**
     * True when a revision's row has exactly the columns of this type, or of an older version of it: every
     * column except some added later, and nothing else.
     */
    public boolean fits(Set<String> rowColumns) {
        if (!columns.containsAll(rowColumns)) {
            return false;
        }
        for (String c : columns) {
            if (!rowColumns.contains(c) && !addedLater.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /** The row with every column added later that it lacks set to null, as the table holds it. */
    public Row complete(Row row) {
        if (row.values().keySet().containsAll(addedLater)) {
            return row;
        }
        Row full = new Row();
        row.values().forEach(full::put);
        for (String c : addedLater) {
            if (!full.has(c)) {
                full.put(c, null);
            }
        }
        return full;
    }

    /** Entity name, also the table name. */
    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public Row toRow(T record) {
        Row row = toRow.apply(record);
        for (String c : columns) {
            if (!row.has(c)) {
                row.put(c, null);
            }
        }
        if (row.values().size() != columns.size()) {
            throw new IllegalStateException(name + ": mapper wrote columns outside " + columns + ": " + row.values().keySet());
        }
        return row;
    }

    public T fromRow(Row row) {
        return fromRow.apply(row);
    }

    public String idOf(T record) {
        return toRow.apply(record).str("id");
    }

    @Override
    public String toString() {
        return name;
    }
}
