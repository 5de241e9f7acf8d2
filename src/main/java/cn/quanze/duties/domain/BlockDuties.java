package cn.quanze.duties.domain;

import java.util.List;

/**
 * 条块职责 of one sub-district or town: the three lists offices publish — 基本履职事项, 配合履职事项 (with the
 * district department it cooperates with) and 上级部门收回事项 (with the department that took it back).
 */
public record BlockDuties(String id, String unitId, List<BlockItem> basic, List<BlockItem> cooperating,
                          List<BlockItem> withdrawn, boolean demo) {

    public BlockDuties {
        basic = basic == null ? List.of() : List.copyOf(basic);
        cooperating = cooperating == null ? List.of() : List.copyOf(cooperating);
        withdrawn = withdrawn == null ? List.of() : List.copyOf(withdrawn);
    }

    /** One matter; {@code departmentId} is the district department (配合/收回), null for 基本履职. */
    public record BlockItem(String matter, String departmentId, String basis) {
    }

    public static BlockDuties empty(String id, String unitId) {
        return new BlockDuties(id, unitId, List.of(), List.of(), List.of(), false);
    }
}
