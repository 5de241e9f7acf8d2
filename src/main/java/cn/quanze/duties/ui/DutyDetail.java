package cn.quanze.duties.ui;

import cn.quanze.duties.domain.AssistanceItem;
import cn.quanze.duties.domain.BlockDuties;
import cn.quanze.duties.domain.DepartmentDuties;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.Post;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
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
