package cn.quanze.supervision.data;

import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.core.db.WritePolicy;
import cn.quanze.core.db.WritePolicy.UnitOf;
import cn.quanze.core.domain.Role;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who may write the supervision records: supervisors and admins; the lead and cooperating units' clerks report. */
public final class SupervisionGrants {
    private SupervisionGrants() {
    }

    public static void grant(WritePolicy p) {
        p.allow(SupervisionRecords.SUPERVISION_ITEM.name(), Role.SUPERVISOR, Role.ADMIN)
                // the lead unit's clerks report on their item: feedback moves its progress, 申请办结/申请延期 its state
                .allowOwnUnit(SupervisionRecords.SUPERVISION_ITEM.name(), Role.CLERK, UnitOf.column("lead_unit_id"))
                .allow(SupervisionRecords.FEEDBACK.name(), Role.SUPERVISOR, Role.ADMIN)
                .allowOwnUnit(SupervisionRecords.FEEDBACK.name(), Role.CLERK, SupervisionGrants::unitsOfItem)
                .allow(SupervisionRecords.EVENT.name(), Role.SUPERVISOR, Role.ADMIN)
                .allowOwnUnit(SupervisionRecords.EVENT.name(), Role.CLERK, SupervisionGrants::unitsOfItem)
                .allow(SupervisionRecords.RECTIFICATION.name(), Role.SUPERVISOR, Role.ADMIN)
                .allowOwnUnit(SupervisionRecords.RECTIFICATION.name(), Role.CLERK, UnitOf.column("owner_unit_id"))
                .allow(SupervisionRecords.ATTACHMENT.name(), Role.SUPERVISOR, Role.ADMIN)
                .allowOwnUnit(SupervisionRecords.ATTACHMENT.name(), Role.CLERK, SupervisionGrants::unitsOfOwner)
                // 交办 between offices: the issuer's supervisors dispatch and decide; the receiving office's staff
                // sign, decompose and report
                .allow(AssignmentRecords.DISPATCH.name(), Role.SUPERVISOR, Role.ADMIN)
                .allow(AssignmentRecords.RECEIPT.name(), Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
                .allow(AssignmentRecords.SUBTASK.name(), Role.CLERK, Role.SUPERVISOR, Role.ADMIN);
    }

    /** Feedback and events belong to the lead and the cooperating units of their supervision item. */
    private static Set<String> unitsOfItem(Row row, UnitOfWork uow) {
        return unitsOfItemId(row.str("item_id"), uow);
    }

    /** An attachment belongs to the units of what it is attached to (feedback, supervision item, case). */
    private static Set<String> unitsOfOwner(Row row, UnitOfWork uow) {
        String owner = row.str("owner_id");
        return switch (String.valueOf(row.str("owner_entity"))) {
            case "feedback" -> uow.query("SELECT item_id FROM feedback WHERE id = ?", owner).stream()
                    .flatMap(f -> unitsOfItemId(f.str("item_id"), uow).stream()).collect(Collectors.toSet());
            case "supervision_item" -> unitsOfItemId(owner, uow);
            case "case_file" -> uow.query("SELECT department_id FROM case_file WHERE id = ? AND department_id IS NOT NULL",
                    owner).stream().map(c -> c.str("department_id")).collect(Collectors.toSet());
            default -> Set.of();
        };
    }

    private static Set<String> unitsOfItemId(String itemId, UnitOfWork uow) {
        Set<String> units = new HashSet<>();
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
