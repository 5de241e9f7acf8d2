package cn.quanze.core.db;

import java.util.List;
import java.util.function.Function;

/**
 * Describes one synced record type: its table, its columns and how a domain record maps to a {@link Row}.
 * Every table described here has a TEXT primary key {@code id} holding a client-made UUID.
 */
public final class EntityType<T> {
    private final String name;
    private final List<String> columns;
    private final Function<T, Row> toRow;
    private final Function<Row, T> fromRow;

    public EntityType(String name, List<String> columns, Function<T, Row> toRow, Function<Row, T> fromRow) {
        if (!columns.contains("id")) {
            throw new IllegalArgumentException(name + " has no id column");
        }
        this.name = name;
        this.columns = List.copyOf(columns);
        this.toRow = toRow;
        this.fromRow = fromRow;
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
