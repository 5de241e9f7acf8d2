package cn.quanze.duties.domain;

import java.util.List;

/**
 * The department part of the 责任清单: 主要职责, 具体工作事项, 职责边界, 事中事后监管制度 and 公共服务事项.
 * One record per department; the lists are nested so the department's catalog is one revision.
 */
public record DepartmentDuties(String id, String departmentId, List<String> mainDuties, List<WorkItem> workItems,
                               List<Boundary> boundaries, List<WorkItem> supervisionSystems,
                               List<WorkItem> publicServices, boolean demo) {

    public DepartmentDuties {
        mainDuties = mainDuties == null ? List.of() : List.copyOf(mainDuties);
        workItems = workItems == null ? List.of() : List.copyOf(workItems);
        boundaries = boundaries == null ? List.of() : List.copyOf(boundaries);
        supervisionSystems = supervisionSystems == null ? List.of() : List.copyOf(supervisionSystems);
        publicServices = publicServices == null ? List.of() : List.copyOf(publicServices);
    }

    /** A named matter with its content and basis (具体工作事项, 监管制度, 公共服务事项). */
    public record WorkItem(String name, String content, String basis) {
    }

    /**
     * 职责边界: a matter shared with other departments, which department leads, which cooperate, how they divide
     * the work, and the basis (三定方案, 文件).
     */
    public record Boundary(String matter, String leadDepartmentId, List<String> cooperatingDepartmentIds,
                           String division, String basis) {
        public Boundary {
            cooperatingDepartmentIds = cooperatingDepartmentIds == null ? List.of()
                    : List.copyOf(cooperatingDepartmentIds);
        }
    }

    public static DepartmentDuties empty(String id, String departmentId) {
        return new DepartmentDuties(id, departmentId, List.of(), List.of(), List.of(), List.of(), List.of(), false);
    }
}
