package cn.quanze.org.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.org.domain.UnitRefused;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every column that holds a unit id, across the registers: what a merge re-points to the survivor and what keeps
 * a unit from being deleted. The columns were found in the migrations (department_id, unit_id, lead_unit_id,
 * cooperating_unit_ids, owner_unit_id, requesting/assisting_department_id, parent_id); {@code UnitReferencesTest}
 * fails when a synced table gains a column referring to {@code department} that is not listed here.
 */
public final class UnitReferences {
    /**
     * One referring column. {@code list}: a JSON list of ids; {@code unique}: at most one row per unit (a merge is
     * refused when both units have one); {@code excludes}: a column whose unit may not also be in the list (the
     * lead unit is never among the cooperating units); {@code labelKey}: the register's name in messages.
     */
    public record Reference(String table, String column, boolean list, boolean unique, String excludes,
                            String labelKey) {
        static Reference of(String table, String column, String labelKey) {
            return new Reference(table, column, false, false, null, labelKey);
        }

        public String name() {
            return table + "." + column;
        }
    }

    public static final List<Reference> ALL = List.of(
            Reference.of("department", "parent_id", "units.ref.parent"),
            Reference.of("power_item", "department_id", "units.ref.powers"),
            new Reference("department_duties", "department_id", false, true, null, "units.ref.departmentDuties"),
            new Reference("block_duties", "unit_id", false, true, null, "units.ref.blockDuties"),
            Reference.of("post", "department_id", "units.ref.posts"),
            Reference.of("assistance_item", "requesting_department_id", "units.ref.assistance"),
            Reference.of("assistance_item", "assisting_department_id", "units.ref.assistance"),
            Reference.of("case_file", "department_id", "units.ref.cases"),
            Reference.of("supervision_item", "lead_unit_id", "units.ref.supervision"),
            new Reference("supervision_item", "cooperating_unit_ids", true, false, "lead_unit_id",
                    "units.ref.supervision"),
            Reference.of("rectification", "owner_unit_id", "units.ref.rectifications"),
            Reference.of("supervision_dispatch", "unit_id", "units.ref.dispatches"),
            Reference.of("user_account", "department_id", "units.ref.users"));

    private UnitReferences() {
    }

    /** A read inside a unit of work ({@code uow::query}) or on a connection ({@link #on}). */
    @FunctionalInterface
    public interface Query {
        List<Row> rows(String sql, Object... params);
    }

    /** Reads on a plain connection (outside a unit of work). */
    static Query on(java.sql.Connection c) {
        return (sql, params) -> {
            try {
                return cn.quanze.core.db.Sql.rows(c, sql, params);
            } catch (java.sql.SQLException e) {
                throw cn.quanze.core.db.StoreException.classify(e);
            }
        };
    }

    /** How many rows of each register refer to the unit (only registers that do). */
    public static Map<Reference, Integer> count(UnitOfWork uow, String unitId) {
        return count(uow::query, unitId);
    }

    static Map<Reference, Integer> count(Query q, String unitId) {
        Map<Reference, Integer> out = new LinkedHashMap<>();
        for (Reference r : ALL) {
            int n = q.rows("SELECT COUNT(*) AS n FROM " + r.table() + " WHERE " + where(r), unitId).get(0)
                    .integer("n");
            if (n > 0) {
                out.put(r, n);
            }
        }
        return out;
    }

    public static boolean referenced(UnitOfWork uow, String unitId) {
        return !count(uow, unitId).isEmpty();
    }

    private static String where(Reference r) {
        return r.list() ? "EXISTS (SELECT 1 FROM json_each(COALESCE(" + r.column() + ", '[]')) WHERE value = ?)"
                : r.column() + " = ?";
    }

    /**
     * Re-points every reference to {@code fromId} at {@code intoId}, each changed record written once through the
     * unit of work (a revision and an audit entry each). Returns the rows changed per referring column.
     */
    public static Map<String, Integer> repoint(UnitOfWork uow, String fromId, String intoId) {
        Map<String, List<Reference>> byTable = new LinkedHashMap<>();
        ALL.forEach(r -> byTable.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r));
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (Map.Entry<String, List<Reference>> e : byTable.entrySet()) {
            String table = e.getKey();
            for (Reference r : e.getValue()) {
                if (r.unique() && hasAny(uow, r, fromId) && hasAny(uow, r, intoId)) {
                    throw new UnitRefused("units.refused.mergeBothHave", r.labelKey());
                }
            }
            Set<String> ids = new LinkedHashSet<>();
            for (Reference r : e.getValue()) {
                uow.query("SELECT id FROM " + table + " WHERE " + where(r), fromId).forEach(x -> ids.add(x.str("id")));
            }
            if (ids.isEmpty()) {
                continue;
            }
            EntityType<?> type = uow.schema().byName(table)
                    .orElseThrow(() -> new IllegalStateException("no entity type for " + table));
            for (String id : ids) {
                Row row = uow.query("SELECT * FROM " + table + " WHERE id = ?", id).get(0);
                Row changed = new Row();
                row.values().forEach(changed::put);
                for (Reference r : e.getValue()) {
                    if (repointColumn(changed, r, fromId, intoId)) {
                        moved.merge(r.name(), 1, Integer::sum);
                    }
                }
                e.getValue().forEach(r -> dropExcluded(changed, r));
                put(uow, type, changed);
            }
        }
        return moved;
    }

    private static boolean hasAny(UnitOfWork uow, Reference r, String unitId) {
        return !uow.query("SELECT 1 FROM " + r.table() + " WHERE " + where(r) + " LIMIT 1", unitId).isEmpty();
    }

    private static boolean repointColumn(Row row, Reference r, String fromId, String intoId) {
        if (!r.list()) {
            if (fromId.equals(row.str(r.column()))) {
                row.put(r.column(), intoId);
                return true;
            }
            return false;
        }
        List<String> ids = Json.readList(row.str(r.column()), String.class);
        if (!ids.contains(fromId)) {
            return false;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            out.add(id.equals(fromId) ? intoId : id);
        }
        row.put(r.column(), Json.listColumn(new ArrayList<>(out)));
        return true;
    }

    /** A list that may not hold the unit of another column (the lead among the cooperating units) loses it. */
    private static void dropExcluded(Row row, Reference r) {
        String excluded = r.excludes() == null ? null : row.str(r.excludes());
        if (excluded == null) {
            return;
        }
        List<String> ids = Json.readList(row.str(r.column()), String.class);
        if (ids.contains(excluded)) {
            List<String> kept = new ArrayList<>(ids);
            kept.remove(excluded);
            row.put(r.column(), Json.listColumn(kept));
        }
    }

    private static <T> void put(UnitOfWork uow, EntityType<T> type, Row row) {
        uow.put(type, type.fromRow(row));
    }
}
