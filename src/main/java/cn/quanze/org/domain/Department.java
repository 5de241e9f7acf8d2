package cn.quanze.org.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit of the organisation (组织机构): the office itself, a 部门, 内设科室, 中心, 队, 社区（村）, 街道 or 镇. Units
 * form a tree ({@code parentId}); {@code aliases} are the other names published lists use for the unit (区市场监管局
 * for 区市场监督管理局); {@code retiredOn} is the 撤销 date (null: in use). A renamed unit keeps its id, so every
 * record referring to it follows. {@code sortOrder} null means "no order given" (sorted after ordered siblings).
 */
public record Department(String id, String code, String name, String shortName, UnitKind kind, boolean demo,
                         String parentId, List<String> aliases, Integer sortOrder, String phone, String head,
                         LocalDate retiredOn) {
    public Department {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A top-level unit with no aliases, order, phone or head (the shape units had before the tree). */
    public Department(String id, String code, String name, String shortName, UnitKind kind, boolean demo) {
        this(id, code, name, shortName, kind, demo, null, List.of(), null, null, null, null);
    }

    /** The id of the unit that stands for an office (the office itself, or a 街道/镇 in the district's list). */
    public static String officeUnitId(String officeCode) {
        return "office-" + officeCode;
    }

    /** In use on {@code day}: not retired, or retired only after it. */
    public boolean activeOn(LocalDate day) {
        return retiredOn == null || day.isBefore(retiredOn);
    }

    public boolean retired() {
        return retiredOn != null;
    }

    /** The short name when there is one, else the full name. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public Department withParent(String newParentId) {
        return new Department(id, code, name, shortName, kind, demo, newParentId, aliases, sortOrder, phone, head,
                retiredOn);
    }

    public Department withAliases(List<String> newAliases) {
        return new Department(id, code, name, shortName, kind, demo, parentId, newAliases, sortOrder, phone, head,
                retiredOn);
    }

    public Department withRetiredOn(LocalDate date) {
        return new Department(id, code, name, shortName, kind, demo, parentId, aliases, sortOrder, phone, head, date);
    }

    /** The unit as the user's own: a demo unit the user edits is 示例数据 no longer (deleting the demo keeps it). */
    public Department notDemo() {
        return demo ? new Department(id, code, name, shortName, kind, false, parentId, aliases, sortOrder, phone, head,
                retiredOn) : this;
    }
}
