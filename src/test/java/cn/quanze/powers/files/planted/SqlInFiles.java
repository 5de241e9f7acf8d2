package cn.quanze.powers.files.planted;

/** Planted violation: a file format with SQL (SQL lives in data packages and core only). */
public final class SqlInFiles {
    public long count(java.sql.Connection c) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM power_item")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
