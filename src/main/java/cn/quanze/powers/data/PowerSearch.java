package cn.quanze.powers.data;

import cn.quanze.core.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The power list's text search over the derived FTS5 index {@code power_search} (trigram tokenizer, kept by
 * triggers, see V10). Terms of three or more characters go through MATCH; one- and two-character terms, which a
 * trigram index cannot match, fall back to LIKE over the same indexed text.
 */
public final class PowerSearch {
    private PowerSearch() {
    }

    public static List<String> ids(Connection c, String query) throws SQLException {
        List<String> terms = Arrays.stream(query == null ? new String[0] : query.trim().split("\\s+"))
                .filter(t -> !t.isBlank()).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> phrases = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        for (String t : terms) {
            if (t.codePointCount(0, t.length()) >= 3) {
                phrases.add("\"" + t.replace("\"", "\"\"") + "\"");
            }
        }
        if (!phrases.isEmpty()) {
            where.append("power_search MATCH ?");
            params.add(String.join(" AND ", phrases));
        }
        for (String t : terms) {
            if (t.codePointCount(0, t.length()) < 3) {
                where.append(where.isEmpty() ? "" : " AND ").append("s.body LIKE ? ESCAPE '\\'");
                params.add("%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        String sql = "SELECT k.item_id AS id FROM power_search s JOIN power_search_key k ON k.key = s.rowid WHERE "
                + where;
        List<String> ids = new ArrayList<>();
        try (var ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params.toArray());
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
