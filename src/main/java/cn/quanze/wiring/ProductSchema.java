package cn.quanze.wiring;

import cn.quanze.cases.data.CalendarRecords;
import cn.quanze.cases.data.CaseGrants;
import cn.quanze.cases.data.CaseRecords;
import cn.quanze.core.db.CoreRecords;
import cn.quanze.core.db.Schema;
import cn.quanze.core.db.WritePolicy;
import cn.quanze.core.domain.Role;
import cn.quanze.duties.data.DutyRecords;
import cn.quanze.org.data.OrgRecords;
import cn.quanze.org.data.UserRecords;
import cn.quanze.powers.data.PowerRecords;
import cn.quanze.supervision.data.AssignmentRecords;
import cn.quanze.supervision.data.SupervisionGrants;
import cn.quanze.supervision.data.SupervisionRecords;
import java.util.List;

/**
 * The product's entity types, in dependency order (parents before children), and who may write them. Each
 * feature contributes its records and its grants; an entity type without a grant is writable by 管理员 only.
 */
public final class ProductSchema {
    private ProductSchema() {
    }

    public static Schema create() {
        WritePolicy policy = new WritePolicy()
                .allow(CoreRecords.SETTING.name(), Role.ADMIN)
                .allow(OrgRecords.DEPARTMENT.name(), Role.ADMIN)
                .allow(UserRecords.USER_ACCOUNT.name(), Role.ADMIN)
                // any user may change their own password (and nothing else of their account)
                .allowOwnColumn(UserRecords.USER_ACCOUNT.name(), "password_hash")
                .allow(PowerRecords.POWER_ITEM.name(), Role.ADMIN);
        SupervisionGrants.grant(policy);
        CaseGrants.grant(policy);
        // 管理员 only (the default): power adjustments, the calendar, the responsibility catalog
        return new Schema(List.of(
                CoreRecords.SETTING,
                OrgRecords.DEPARTMENT,
                PowerRecords.POWER_ITEM,
                PowerRecords.POWER_ADJUSTMENT,
                SupervisionRecords.SUPERVISION_ITEM,
                SupervisionRecords.FEEDBACK,
                SupervisionRecords.EVENT,
                SupervisionRecords.ATTACHMENT,
                SupervisionRecords.RECTIFICATION,
                AssignmentRecords.DISPATCH,
                AssignmentRecords.RECEIPT,
                AssignmentRecords.SUBTASK,
                CalendarRecords.ENTRY,
                CalendarRecords.YEAR,
                CaseRecords.CASE_FILE,
                CaseRecords.CASE_EVENT,
                DutyRecords.DUTY,
                DutyRecords.DEPARTMENT_DUTIES,
                DutyRecords.BLOCK_DUTIES,
                DutyRecords.POST,
                DutyRecords.ASSISTANCE,
                UserRecords.USER_ACCOUNT), policy);
    }
}
