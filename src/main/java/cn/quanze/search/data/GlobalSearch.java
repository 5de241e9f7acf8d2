package cn.quanze.search.data;

import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import cn.quanze.duties.data.DutyRepository;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.supervision.domain.SupervisionState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The global search (Ctrl+K): one query over power items, duties, cases, supervision items and departments, the
 * first {@code perKind} hits of each kind. Everything goes through the trigram FTS5 indexes ({@code power_search},
 * {@code duty_search}, {@code case_search}, {@code supervision_search}): terms of three or more characters as
 * phrases; one- and two-character terms, which a trigram cannot match directly, as the OR of the index's trigrams
 * that begin with them (looked up by range in the {@code fts5vocab} tables, V80). So a short term that occurs
 * nowhere costs one vocabulary lookup instead of a scan; a very common one (more than {@value Terms#MAX_TRIGRAMS}
 * trigrams) is found by {@code instr} over the indexed text, whose first hits come at once. The one blind spot: a
 * short term found only in the last one or two characters of a record's indexed text (no trigram starts there).
 * Units are few and are matched directly. Every kind's query is bounded by its LIMIT.
 */
public final class GlobalSearch {
    /** The kinds of record the search finds, in the order the results are shown. */
    public enum Kind { POWER, DUTY, CASE, SUPERVISION, DEPARTMENT }

    /**
     * One hit: the record (kind and id) and what identifies it to a clerk: a title, its code or number, the unit in
     * charge, its state when stored (power status, supervision state, unit kind, the duty catalog's record kind) and
     * a note (an excerpt around the match for duties, the applicant for cases, the short name for departments).
     */
    public record Hit(Kind kind, String id, String title, String code, String unit, Enum<?> state, String note) {
    }

    /** The hits of one query, grouped by kind in {@link Kind} order; kinds without hits are absent. */
    public record Results(String query, Map<Kind, List<Hit>> groups) {
        public List<Hit> all() {
            return groups.values().stream().flatMap(List::stream).toList();
        }

        public boolean isEmpty() {
            return groups.isEmpty();
        }
    }

    public static final int DEFAULT_PER_KIND = 8;

    private final Store store;

    public GlobalSearch(Store store) {
        this.store = store;
    }

    public Results search(String query) {
        return search(query, DEFAULT_PER_KIND);
    }

    /** At most {@code perKind} hits of each kind whose text contains every whitespace-separated term of the query. */
    public Results search(String query, int perKind) {
        Terms terms = Terms.of(query);
        Map<Kind, List<Hit>> groups = new EnumMap<>(Kind.class);
        if (terms.isEmpty()) {
            return new Results(query == null ? "" : query.strip(), groups);
        }
        store.read(c -> {
            for (Kind k : Kind.values()) {
                List<Hit> hits = find(c, k, terms, perKind);
                if (!hits.isEmpty()) {
                    groups.put(k, hits);
                }
            }
            return null;
        });
        return new Results(query.strip(), groups);
    }

    /** The hits of one kind only (the benchmark times each kind on its own). */
    public List<Hit> search(Kind kind, String query, int perKind) {
        Terms terms = Terms.of(query);
        return terms.isEmpty() ? List.of() : store.read(c -> find(c, kind, terms, perKind));
    }

    private static List<Hit> find(Connection c, Kind kind, Terms t, int limit) throws SQLException {
        return switch (kind) {
            case POWER -> powers(c, t, limit);
            case DUTY -> duties(c, t, limit);
            case CASE -> cases(c, t, limit);
            case SUPERVISION -> supervision(c, t, limit);
            case DEPARTMENT -> departments(c, t, limit);
        };
    }

    private static List<Hit> powers(Connection c, Terms t, int limit) throws SQLException {
        return indexed(c, t, limit, "power_search", "SELECT p.id, p.name, p.code, p.status, d.name AS unit FROM %s "
                + "JOIN power_search_key k ON k.key = m.key JOIN power_item p ON p.id = k.item_id "
                + "LEFT JOIN department d ON d.id = p.department_id",
                r -> new Hit(Kind.POWER, r.str("id"), r.str("name"), r.str("code"), r.str("unit"),
                        PowerStatus.valueOf(r.str("status")), null));
    }

    /**
     * The first {@code limit} matches in the index {@code table} (as the subquery {@code m} of {@code select}, which
     * joins its key table and records) mapped to hits; none when a term occurs nowhere in the index.
     */
    private static List<Hit> indexed(Connection c, Terms t, int limit, String table, String select,
                                     java.util.function.Function<Row, Hit> hit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = t.where(c, table, "s.body", params);
        if (where == null) {
            return List.of();
        }
        params.add(limit);
        String matches = "(SELECT rowid AS key FROM " + table + " s WHERE " + where + " LIMIT ?) m";
        return Sql.rows(c, String.format(select, matches), params.toArray()).stream().map(hit).toList();
    }

    private static List<Hit> duties(Connection c, Terms t, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = t.where(c, "duty_search", "s.body", params);
        if (where == null) {
            return List.of();
        }
        params.add(limit);
        List<Hit> out = new ArrayList<>();
        for (Row r : Sql.rows(c, "SELECT s.kind, s.record_id, s.body FROM duty_search s WHERE " + where + " LIMIT ?",
                params.toArray())) {
            DutyRepository.Kind sub = DutyRepository.Kind.valueOf(r.str("kind"));
            Row owner = dutyOwner(c, sub, r.str("record_id"));
            if (owner != null) {
                out.add(new Hit(Kind.DUTY, r.str("record_id"), owner.str("title"), owner.str("code"),
                        owner.str("unit"), sub, DutyRepository.excerpt(r.str("body"), t.first())));
            }
        }
        return out;
    }

    /** What a catalog record is about: its power item or its unit (title, code, unit). */
    private static Row dutyOwner(Connection c, DutyRepository.Kind sub, String id) throws SQLException {
        String sql = switch (sub) {
            case DUTY -> "SELECT p.name AS title, p.code AS code, d.name AS unit FROM duty x JOIN power_item p "
                    + "ON p.id = x.power_item_id LEFT JOIN department d ON d.id = p.department_id WHERE x.id = ?";
            case DEPARTMENT -> "SELECT d.name AS title, d.code AS code, d.name AS unit FROM department_duties x "
                    + "JOIN department d ON d.id = x.department_id WHERE x.id = ?";
            case BLOCK -> "SELECT d.name AS title, d.code AS code, d.name AS unit FROM block_duties x "
                    + "JOIN department d ON d.id = x.unit_id WHERE x.id = ?";
            case POST -> "SELECT x.name AS title, d.code AS code, d.name AS unit FROM post x "
                    + "LEFT JOIN department d ON d.id = x.department_id WHERE x.id = ?";
            case ASSISTANCE -> "SELECT x.matter AS title, NULL AS code, d.name AS unit FROM assistance_item x "
                    + "LEFT JOIN department d ON d.id = x.requesting_department_id WHERE x.id = ?";
        };
        return Sql.one(c, sql, id).orElse(null);
    }

    private static List<Hit> cases(Connection c, Terms t, int limit) throws SQLException {
        return indexed(c, t, limit, "case_search", "SELECT f.id, f.matter, f.number, f.applicant, d.name AS unit "
                + "FROM %s JOIN case_search_key k ON k.key = m.key JOIN case_file f ON f.id = k.case_id "
                + "LEFT JOIN department d ON d.id = f.department_id",
                r -> new Hit(Kind.CASE, r.str("id"), r.str("matter"), r.str("number"), r.str("unit"), null,
                        r.str("applicant")));
    }

    private static List<Hit> supervision(Connection c, Terms t, int limit) throws SQLException {
        return indexed(c, t, limit, "supervision_search", "SELECT i.id, i.title, i.year, i.number, i.state, "
                + "d.name AS unit FROM %s JOIN supervision_search_key k ON k.key = m.key "
                + "JOIN supervision_item i ON i.id = k.item_id LEFT JOIN department d ON d.id = i.lead_unit_id",
                r -> new Hit(Kind.SUPERVISION, r.str("id"), r.str("title"), r.lng("number") > 0
                        ? "督办〔" + r.lng("year") + "〕" + r.lng("number") + "号" : null, r.str("unit"),
                        SupervisionState.valueOf(r.str("state")), null));
    }

    /** Units are few (hundreds at most): every term is looked up in code, name and short name directly. */
    private static List<Hit> departments(Connection c, Terms t, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        for (String term : t.all()) {
            where.append(where.isEmpty() ? "" : " AND ")
                    .append(Terms.contains("(code || ' ' || name || ' ' || COALESCE(short_name, ''))", term));
            params.add(term);
        }
        params.add(limit);
        List<Hit> out = new ArrayList<>();
        for (Row r : Sql.rows(c, "SELECT id, code, name, short_name, kind FROM department WHERE " + where
                + " ORDER BY code LIMIT ?", params.toArray())) {
            out.add(new Hit(Kind.DEPARTMENT, r.str("id"), r.str("name"), r.str("code"), null,
                    UnitKind.valueOf(r.str("kind")), r.str("short_name")));
        }
        return out;
    }

    /** A query split into terms: three or more characters match as phrases, shorter ones by the trigrams they begin. */
    record Terms(List<String> all) {
        static final int MAX_TRIGRAMS = 100;

        static Terms of(String query) {
            return new Terms(Arrays.stream(query == null ? new String[0] : query.strip().split("\\s+"))
                    .filter(s -> !s.isBlank()).toList());
        }

        boolean isEmpty() {
            return all.isEmpty();
        }

        String first() {
            return all.get(0);
        }

        /**
         * The WHERE clause over the FTS5 table {@code table} whose text column is {@code body}, or null when a term
         * occurs nowhere in it. Long terms become quoted phrases of one MATCH. A short term becomes the trigrams of
         * the index that start with it (found by range in {@code <table>_vocab}), OR-ed inside the same MATCH; when
         * there are more than {@value #MAX_TRIGRAMS} of them the term is common and an {@code instr} over the text
         * finds its first hits quickly instead.
         */
        String where(Connection c, String table, String body, List<Object> params) throws SQLException {
            List<String> groups = new ArrayList<>();
            List<String> scans = new ArrayList<>();
            for (String s : all) {
                if (indexable(s)) {
                    groups.add(quote(s));
                    continue;
                }
                String prefix = s.toLowerCase(java.util.Locale.ROOT);
                List<Row> grams = Sql.rows(c, "SELECT term FROM " + table + "_vocab WHERE term >= ? AND term < ? LIMIT "
                        + (MAX_TRIGRAMS + 1), prefix, prefix + "\uDBFF\uDFFF");
                if (grams.isEmpty()) {
                    return null;
                }
                if (grams.size() > MAX_TRIGRAMS) {
                    scans.add(s);
                } else {
                    groups.add("(" + String.join(" OR ", grams.stream().map(g -> quote(g.str("term"))).toList()) + ")");
                }
            }
            StringBuilder where = new StringBuilder();
            if (!groups.isEmpty()) {
                where.append(table).append(" MATCH ?");
                params.add(String.join(" AND ", groups));
            }
            for (String s : scans) {
                where.append(where.isEmpty() ? "" : " AND ").append(contains(body, s));
                params.add(s);
            }
            return where.toString();
        }

        private static String quote(String s) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }

        static String contains(String text, String term) {
            return term.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch))
                    ? "instr(lower(" + text + "), lower(?)) > 0" : "instr(" + text + ", ?) > 0";
        }

        static boolean indexable(String term) {
            return term.codePointCount(0, term.length()) >= 3;
        }
    }
}
