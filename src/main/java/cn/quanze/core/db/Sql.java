package cn.quanze.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers shared by repositories: bind parameters, read rows as {@link Row}. */
public final class Sql {
    private Sql() {
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, Row.normalise(params[i]));
        }
    }

    public static List<Row> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return readAll(rs);
            }
        }
    }

    public static Optional<Row> one(Connection c, String sql, Object... params) throws SQLException {
        List<Row> rows = rows(c, sql, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    public static List<Row> readAll(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = md.getColumnLabel(i + 1).toLowerCase();
        }
        List<Row> out = new ArrayList<>();
        while (rs.next()) {
            Row row = new Row();
            for (int i = 0; i < n; i++) {
                row.put(names[i], rs.getObject(i + 1));
            }
            out.add(row);
        }
        return out;
    }
}
