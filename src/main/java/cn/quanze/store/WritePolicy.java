package cn.quanze.store;

import cn.quanze.domain.user.Role;
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

    /** The product's table; the lead extends it for new entity types. */
    public static WritePolicy standard() {
        WritePolicy p = new WritePolicy()
                .allow(CoreRecords.SETTING.name(), Role.ADMIN)
                .allow(CoreRecords.DEPARTMENT.name(), Role.ADMIN)
                .allow(PowerRecords.POWER_ITEM.name(), Role.ADMIN)
                .allow(SupervisionRecords.SUPERVISION_ITEM.name(), Role.SUPERVISOR, Role.ADMIN)
                // the lead unit's clerks report on their item: feedback moves its progress, 申请办结/申请延期 its state
                .allowOwnUnit(SupervisionRecords.SUPERVISION_ITEM.name(), Role.CLERK, UnitOf.column("lead_unit_id"))
                .allow(SupervisionRecords.FEEDBACK.name(), Role.SUPERVISOR, Role.ADMIN)
                .allowOwnUnit(SupervisionRecords.FEEDBACK.name(), Role.CLERK, WritePolicy::unitsOfItem)
                .allow(SupervisionRecords.EVENT.name(), Role.SUPERVISOR, Role.ADMIN)
                .allowOwnUnit(SupervisionRecords.EVENT.name(), Role.CLERK, WritePolicy::unitsOfItem)
                .allow(SupervisionRecords.RECTIFICATION.name(), Role.SUPERVISOR, Role.ADMIN)
                .allowOwnUnit(SupervisionRecords.RECTIFICATION.name(), Role.CLERK, UnitOf.column("owner_unit_id"))
                .allow(SupervisionRecords.ATTACHMENT.name(), Role.SUPERVISOR, Role.ADMIN)
                .allowOwnUnit(SupervisionRecords.ATTACHMENT.name(), Role.CLERK, WritePolicy::unitsOfOwner)
                // 交办 between offices: the issuer's supervisors dispatch and decide; the receiving office's staff
                // sign, decompose and report
                .allow(AssignmentRecords.DISPATCH.name(), Role.SUPERVISOR, Role.ADMIN)
                .allow(AssignmentRecords.RECEIPT.name(), Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
                .allow(AssignmentRecords.SUBTASK.name(), Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
                .allow(CaseRecords.CASE_FILE.name(), Role.ADMIN)
                .allowOwnUnit(CaseRecords.CASE_FILE.name(), Role.CLERK, UnitOf.column("department_id"))
                .allow(CaseRecords.CASE_EVENT.name(), Role.ADMIN)
                .allowOwnUnit(CaseRecords.CASE_EVENT.name(), Role.CLERK, WritePolicy::unitsOfCase)
                .allow(UserRecords.USER_ACCOUNT.name(), Role.ADMIN);
        // 管理员 only (also the default): power adjustments, calendar, the responsibility catalog
        return p;
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

    /** Any user may change their own password (and nothing else of their account). */
    private static boolean ownPassword(Principal who, EntityType<?> type, Row before, Row after) {
        if (!type.name().equals(UserRecords.USER_ACCOUNT.name()) || before == null || after == null
                || !Objects.equals(before.str("id"), who.userId())) {
            return false;
        }
        for (String col : type.columns()) {
            if (!col.equals("password_hash") && !Objects.equals(before.values().get(col), after.values().get(col))) {
                return false;
            }
        }
        return true;
    }

    /** Feedback and events belong to the lead and the cooperating units of their supervision item. */
    private static Set<String> unitsOfItem(Row row, UnitOfWork uow) {
        return unitsOfItemId(row.str("item_id"), uow);
    }

    /** A case event belongs to the unit of its case. */
    private static Set<String> unitsOfCase(Row row, UnitOfWork uow) {
        return unitsOfCaseId(row.str("case_id"), uow);
    }

    private static Set<String> unitsOfCaseId(String caseId, UnitOfWork uow) {
        Set<String> units = new java.util.HashSet<>();
        for (Row c : uow.query("SELECT department_id FROM case_file WHERE id = ?", caseId)) {
            if (c.str("department_id") != null) {
                units.add(c.str("department_id"));
            }
        }
        return units;
    }

    /** An attachment belongs to the units of what it is attached to (feedback, supervision item, case). */
    private static Set<String> unitsOfOwner(Row row, UnitOfWork uow) {
        String owner = row.str("owner_id");
        return switch (String.valueOf(row.str("owner_entity"))) {
            case "feedback" -> uow.query("SELECT item_id FROM feedback WHERE id = ?", owner).stream()
                    .flatMap(f -> unitsOfItemId(f.str("item_id"), uow).stream()).collect(java.util.stream.Collectors.toSet());
            case "supervision_item" -> unitsOfItemId(owner, uow);
            case "case_file" -> unitsOfCaseId(owner, uow);
            default -> Set.of();
        };
    }

    private static Set<String> unitsOfItemId(String itemId, UnitOfWork uow) {
        Set<String> units = new java.util.HashSet<>();
        for (Row item : uow.query("SELECT lead_unit_id, cooperating_unit_ids FROM supervision_item WHERE id = ?",
                itemId)) {
            if (item.str("lead_unit_id") != null) {
                units.add(item.str("lead_unit_id"));
            }
            if (item.str("cooperating_unit_ids") != null) {
                units.addAll(Json.readList(item.str("cooperating_unit_ids"), String.class));
            }
        }
        return units;
    }
}
