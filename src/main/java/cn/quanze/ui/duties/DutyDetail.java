package cn.quanze.ui.duties;

import cn.quanze.domain.duty.AssistanceItem;
import cn.quanze.domain.duty.BlockDuties;
import cn.quanze.domain.duty.DepartmentDuties;
import cn.quanze.domain.duty.Duty;
import cn.quanze.domain.duty.Post;
import cn.quanze.domain.org.Department;
import cn.quanze.domain.power.PowerItem;
import java.util.List;

/** What the shared detail pane shows: a power item's duties, a department's catalog, or a sub-district's lists. */
public sealed interface DutyDetail {
    /** {@code duty} is the item's own entry or, for a sub-item without one, its main item's ({@code inherited}). */
    record OfPower(PowerItem item, Duty duty, boolean inherited, String departmentName) implements DutyDetail {
    }

    record OfDepartment(Department unit, DepartmentDuties duties, List<Post> posts, List<AssistanceItem> assistance,
                        List<PowerItem> powers) implements DutyDetail {
    }

    record OfBlock(Department unit, BlockDuties duties) implements DutyDetail {
    }
}
