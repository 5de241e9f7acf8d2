package cn.quanze.duties.data;

import cn.quanze.core.db.JdbcRepositories;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import cn.quanze.duties.domain.AssistanceItem;
import cn.quanze.duties.domain.BlockDuties;
import cn.quanze.duties.domain.DepartmentDuties;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.Gap;
import cn.quanze.duties.domain.GapReport;
import cn.quanze.duties.domain.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Read access to the responsibility catalog and its full-text search. Writes go through {@link DutyRecords}. */
public final class DutyRepository {
    /** Which kind of catalog record a search hit belongs to. */
    public enum Kind { DUTY, DEPARTMENT, BLOCK, POST, ASSISTANCE }

    /** A search hit: the record and a short excerpt with the match marked 【…】. */
    public record Hit(Kind kind, String recordId, String excerpt) {
    }

    private final Store store;

    public DutyRepository(Store store) {
        this.store = store;
    }

    public List<Duty> duties() {
        return JdbcRepositories.list(store, DutyRecords.DUTY, "SELECT * FROM duty");
    }

    public Optional<Duty> dutyOf(String powerItemId) {
        return JdbcRepositories.list(store, DutyRecords.DUTY, "SELECT * FROM duty WHERE power_item_id = ?", powerItemId)
                .stream().findFirst();
    }

    public List<DepartmentDuties> departmentDuties() {
        return JdbcRepositories.list(store, DutyRecords.DEPARTMENT_DUTIES, "SELECT * FROM department_duties");
    }

    public Optional<DepartmentDuties> departmentDutiesOf(String departmentId) {
        return JdbcRepositories.list(store, DutyRecords.DEPARTMENT_DUTIES,
                "SELECT * FROM department_duties WHERE department_id = ?", departmentId).stream().findFirst();
    }

    public List<BlockDuties> blockDuties() {
        return JdbcRepositories.list(store, DutyRecords.BLOCK_DUTIES, "SELECT * FROM block_duties");
    }

    public Optional<BlockDuties> blockDutiesOf(String unitId) {
        return JdbcRepositories.list(store, DutyRecords.BLOCK_DUTIES, "SELECT * FROM block_duties WHERE unit_id = ?",
                unitId).stream().findFirst();
    }

    public List<Post> posts() {
        return JdbcRepositories.list(store, DutyRecords.POST, "SELECT * FROM post ORDER BY department_id, name");
    }

    public List<AssistanceItem> assistance() {
        return JdbcRepositories.list(store, DutyRecords.ASSISTANCE, "SELECT * FROM assistance_item ORDER BY matter");
    }

    /** The "有权必有责" gap report over the current power list, catalog and posts. */
    public List<Gap> gaps() {
        return GapReport.find(new cn.quanze.powers.data.JdbcPowerItemRepository(store).all(), duties(), posts(),
                new cn.quanze.org.data.JdbcDepartmentRepository(store).all());
    }

    /**
     * Searches all duty text. Three or more characters use the trigram index; one or two characters (common in
     * Chinese: 食品, 拆) fall back to LIKE over the same index table.
     */
    public List<Hit> search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        boolean shortQuery = q.codePointCount(0, q.length()) < 3;
        return store.read(c -> {
            List<Hit> hits = new ArrayList<>();
            List<Row> rows = shortQuery
                    ? Sql.rows(c, "SELECT kind, record_id, body FROM duty_search WHERE body LIKE ? ESCAPE '\\' LIMIT 500",
                            "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                    : Sql.rows(c, "SELECT kind, record_id, snippet(duty_search, 2, '【', '】', '…', 16) AS body "
                            + "FROM duty_search WHERE duty_search MATCH ? ORDER BY rank LIMIT 500",
                            "body:\"" + q.replace("\"", "\"\"") + "\"");
            for (Row r : rows) {
                String body = r.str("body");
                hits.add(new Hit(Kind.valueOf(r.str("kind")), r.str("record_id"),
                        shortQuery ? excerpt(body, q) : body));
            }
            return hits;
        });
    }

    public static String excerpt(String body, String q) {
        int at = body.indexOf(q);
        if (at < 0) {
            return body.length() > 40 ? body.substring(0, 40) + "…" : body;
        }
        int from = Math.max(0, at - 16);
        int to = Math.min(body.length(), at + q.length() + 16);
        return (from > 0 ? "…" : "") + body.substring(from, at) + "【" + q + "】" + body.substring(at + q.length(), to)
                + (to < body.length() ? "…" : "");
    }
}
