package cn.quanze.cases.data;

import cn.quanze.core.db.Row;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.core.db.WritePolicy;
import cn.quanze.core.db.WritePolicy.UnitOf;
import cn.quanze.core.domain.Role;
import java.util.Set;
import java.util.stream.Collectors;

/** Who may write cases: admins, and the clerks of the case's unit. The calendar is 管理员 only (the default). */
public final class CaseGrants {
    private CaseGrants() {
    }

    public static void grant(WritePolicy p) {
        p.allow(CaseRecords.CASE_FILE.name(), Role.ADMIN)
                .allowOwnUnit(CaseRecords.CASE_FILE.name(), Role.CLERK, UnitOf.column("department_id"))
                .allow(CaseRecords.CASE_EVENT.name(), Role.ADMIN)
                .allowOwnUnit(CaseRecords.CASE_EVENT.name(), Role.CLERK, CaseGrants::unitsOfCase);
    }

    /** A case event belongs to the unit of its case. */
    private static Set<String> unitsOfCase(Row row, UnitOfWork uow) {
        return uow.query("SELECT department_id FROM case_file WHERE id = ? AND department_id IS NOT NULL",
                row.str("case_id")).stream().map(c -> c.str("department_id")).collect(Collectors.toSet());
    }
}
