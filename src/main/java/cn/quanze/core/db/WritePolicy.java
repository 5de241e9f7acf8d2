package cn.quanze.core.db;

import cn.quanze.core.domain.Role;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which role may write which entity type: a table the unit of work consults on every put and delete, so every
 * pane's and every command's writes are covered without their code doing anything. An entity type not in the
 * table is writable by 管理员 only. Clerks (办事员) are limited to records of their own unit: a rule names how
 * to find the unit(s) of a row; the row before and after the write must both belong to the clerk's unit.
 *
 * <p>Extend with {@link #allow} for a new entity type, e.g. {@code allow("case_file", Role.SUPERVISOR)
 * .allowOwnUnit("case_file", Role.CLERK, UnitOf.column("department_id"))}.
 */
public final class WritePolicy {
    /** The unit ids a row belongs to (a clerk of any of them may write it); may read other rows. */
    @FunctionalInterface
    public interface UnitOf {
        Set<String> units(Row row, UnitOfWork uow) throws SQLException;

        /** The unit is a column of the row itself. */
        static UnitOf column(String column) {
            return (row, uow) -> row.str(column) == null ? Set.of() : Set.of(row.str(column));
        }
    }

    private record Grant(Set<Role> roles, UnitOf unitOf) {
    }

    private final Map<String, List<Grant>> grants = new HashMap<>();

    /** Who may change only the given column of their own record of this entity (a user's own password). */
    private record OwnColumn(String entity, String column) {
    }

    private OwnColumn ownColumn;

    /** Any user may change {@code column} of their own {@code entity} row (id = their user id), and nothing else. */
    public WritePolicy allowOwnColumn(String entity, String column) {
        this.ownColumn = new OwnColumn(entity, column);
        return this;
    }

    public WritePolicy allow(String entity, Role... roles) {
        grants.computeIfAbsent(entity, k -> new java.util.ArrayList<>()).add(new Grant(EnumSet.copyOf(List.of(roles)), null));
        return this;
    }

    public WritePolicy allowOwnUnit(String entity, Role role, UnitOf unitOf) {
        grants.computeIfAbsent(entity, k -> new java.util.ArrayList<>()).add(new Grant(EnumSet.of(role), unitOf));
        return this;
    }

    /** Throws {@link PermissionDeniedException} unless {@code who} may turn {@code before} into {@code after}. */
    void check(Principal who, EntityType<?> type, String id, Row before, Row after, UnitOfWork uow) throws SQLException {
        if (who == null || allows(who, type.name(), before, after, uow) || ownPassword(who, type, before, after)) {
            return;
        }
        throw new PermissionDeniedException(who, type.name(), id);
    }

    boolean allows(Principal who, String entity, Row before, Row after, UnitOfWork uow) throws SQLException {
        List<Grant> list = grants.get(entity);
        if (list == null) {
            return who.role() == Role.ADMIN;
        }
        for (Grant g : list) {
            if (!g.roles().contains(who.role())) {
                continue;
            }
            if (g.unitOf() == null) {
                return true;
            }
            if (inUnit(who, g.unitOf(), before, uow) && inUnit(who, g.unitOf(), after, uow)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inUnit(Principal who, UnitOf unitOf, Row row, UnitOfWork uow) throws SQLException {
        return row == null || (who.unitId() != null && unitOf.units(row, uow).contains(who.unitId()));
    }

    private boolean ownPassword(Principal who, EntityType<?> type, Row before, Row after) {
        OwnColumn own = ownColumn;
        if (own == null || !type.name().equals(own.entity()) || before == null || after == null
                || !Objects.equals(before.str("id"), who.userId())) {
            return false;
        }
        for (String col : type.columns()) {
            if (!col.equals(own.column()) && !Objects.equals(before.values().get(col), after.values().get(col))) {
                return false;
            }
        }
        return true;
    }}
