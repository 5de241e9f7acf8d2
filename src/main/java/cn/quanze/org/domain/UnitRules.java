package cn.quanze.org.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a unit and the tree must keep, as pure functions: they throw {@link UnitRefused} with the reason. The
 * register ({@code org.data.UnitRegister}) and the unit-list import both check through here.
 */
public final class UnitRules {
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");
    public static final int MAX_NAME = 100;

    private UnitRules() {
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Code and name present and well formed; the unit is not its own parent. */
    public static void checkFields(Department d) {
        if (!isValidCode(d.code())) {
            throw new UnitRefused("units.refused.code", String.valueOf(d.code()));
        }
        if (d.name() == null || d.name().isBlank()) {
            throw new UnitRefused("units.refused.nameMissing", d.code());
        }
        if (d.name().length() > MAX_NAME) {
            throw new UnitRefused("units.refused.nameLong", d.code(), MAX_NAME);
        }
        if (d.kind() == null) {
            throw new UnitRefused("units.refused.kindMissing", d.code());
        }
        if (d.id().equals(d.parentId())) {
            throw new UnitRefused("units.refused.cycle", d.name(), d.name());
        }
    }

    /** No other unit has the same code (compared without regard to case). */
    public static void checkCodeFree(Department d, Collection<Department> others) {
        for (Department o : others) {
            if (!o.id().equals(d.id()) && o.code().equalsIgnoreCase(d.code())) {
                throw new UnitRefused("units.refused.duplicateCode", d.code(), o.name());
            }
        }
    }

    /**
     * Putting {@code unitId} under {@code newParentId} leaves the tree without a cycle: the new parent is neither
     * the unit itself nor one of the units below it. {@code parentOf} maps every unit id to its parent id.
     */
    public static void checkNoCycle(String unitId, String newParentId, Map<String, String> parentOf,
                                    Map<String, String> nameOf) {
        Set<String> seen = new HashSet<>();
        String p = newParentId;
        while (p != null) {
            if (p.equals(unitId)) {
                throw new UnitRefused("units.refused.cycle", nameOf.getOrDefault(unitId, unitId),
                        nameOf.getOrDefault(newParentId, newParentId));
            }
            if (!seen.add(p)) {
                return; // a cycle above that does not pass through the unit; reported for the unit inside it
            }
            p = parentOf.get(p);
        }
    }

    /** The unit, placed under its parent, leaves the tree of {@code units} (the unit as it was among them) acyclic. */
    public static void checkPlace(Department unit, Collection<Department> units) {
        Map<String, String> parentOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        units.forEach(u -> {
            parentOf.put(u.id(), u.parentId());
            nameOf.put(u.id(), u.name());
        });
        parentOf.put(unit.id(), unit.parentId());
        nameOf.put(unit.id(), unit.name());
        checkNoCycle(unit.id(), unit.parentId(), parentOf, nameOf);
    }

    /** True when {@code unit} lies below {@code ancestor} in the tree of {@code units}. */
    public static boolean isBelow(Department unit, Department ancestor, Collection<Department> units) {
        Map<String, String> parentOf = new HashMap<>();
        units.forEach(u -> parentOf.put(u.id(), u.parentId()));
        Set<String> seen = new HashSet<>();
        for (String p = unit.parentId(); p != null && seen.add(p); p = parentOf.get(p)) {
            if (p.equals(ancestor.id())) {
                return true;
            }
        }
        return false;
    }

    /** Every unit of the list reaches the top without passing through itself. */
    public static void checkTree(Collection<Department> units) {
        Map<String, String> parentOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        units.forEach(u -> {
            parentOf.put(u.id(), u.parentId());
            nameOf.put(u.id(), u.name());
        });
        for (Department u : units) {
            checkNoCycle(u.id(), u.parentId(), parentOf, nameOf);
        }
    }

    /**
     * A unit may be retired on {@code date} unless it is the office itself, or units below it stay in use after
     * that date (they must be retired or moved first).
     */
    public static void checkRetire(Department unit, LocalDate date, String officeCode, Collection<Department> all) {
        if (isOffice(unit, officeCode)) {
            throw new UnitRefused("units.refused.retireOffice", unit.name());
        }
        List<String> activeChildren = new ArrayList<>();
        for (Department c : all) {
            if (unit.id().equals(c.parentId()) && c.activeOn(date)) {
                activeChildren.add(c.name());
            }
        }
        if (!activeChildren.isEmpty()) {
            throw new UnitRefused("units.refused.activeChildren", unit.name(), String.join("、", activeChildren));
        }
    }

    /** {@code from} may merge into {@code into}: two different units, the survivor in use, never the office away. */
    public static void checkMerge(Department from, Department into, String officeCode, LocalDate today) {
        if (from.id().equals(into.id())) {
            throw new UnitRefused("units.refused.mergeSelf", from.name());
        }
        if (isOffice(from, officeCode)) {
            throw new UnitRefused("units.refused.mergeOffice", from.name());
        }
        if (!into.activeOn(today)) {
            throw new UnitRefused("units.refused.mergeIntoRetired", into.name(), String.valueOf(into.retiredOn()));
        }
    }

    /** The unit that is this installation's office. */
    public static boolean isOffice(Department unit, String officeCode) {
        return officeCode != null && !officeCode.isEmpty() && unit.code().equalsIgnoreCase(officeCode);
    }

    /**
     * The aliases to keep: trimmed, without blanks, duplicates (after {@link UnitMatcher#normalize}) or the unit's
     * own code, name and short name.
     */
    public static List<String> cleanAliases(Collection<String> aliases, Department unit) {
        Set<String> own = new HashSet<>();
        own.add(UnitMatcher.normalize(unit.code()));
        own.add(UnitMatcher.normalize(unit.name()));
        own.add(UnitMatcher.normalize(unit.shortName()));
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String a : aliases) {
            String t = a == null ? "" : a.strip();
            String k = UnitMatcher.normalize(t);
            if (!k.isEmpty() && !own.contains(k) && seen.add(k)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The survivor of a merge, carrying the merged unit's names (name, short name, aliases) as aliases. */
    public static Department absorbNames(Department into, Department from) {
        List<String> names = new ArrayList<>(into.aliases());
        names.add(from.name());
        names.add(from.shortName());
        names.addAll(from.aliases());
        return into.withAliases(cleanAliases(names, into));
    }

    /**
     * The units in tree order: each parent before its children, siblings by sort order (those without one after),
     * then code. A unit whose parent is not in the list counts as top level.
     */
    public static List<Department> treeOrder(Collection<Department> units) {
        Map<String, Department> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<String, List<Department>> children = new HashMap<>();
        List<Department> roots = new ArrayList<>();
        for (Department u : units) {
            if (u.parentId() == null || !byId.containsKey(u.parentId()) || u.parentId().equals(u.id())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        java.util.Comparator<Department> order = java.util.Comparator
                .comparing((Department u) -> u.sortOrder() == null ? Integer.MAX_VALUE : u.sortOrder())
                .thenComparing(Department::code);
        List<Department> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        roots.sort(order);
        for (Department r : roots) {
            place(r, children, order, out, placed);
        }
        for (Department u : units) {
            if (!placed.contains(u.id())) { // inside a cycle (refused on write; a damaged list still lists)
                place(u, children, order, out, placed);
            }
        }
        return out;
    }

    private static void place(Department u, Map<String, List<Department>> children,
                              java.util.Comparator<Department> order, List<Department> out, Set<String> placed) {
        if (!placed.add(u.id())) {
            return;
        }
        out.add(u);
        List<Department> kids = new ArrayList<>(children.getOrDefault(u.id(), List.of()));
        kids.sort(order);
        for (Department k : kids) {
            place(k, children, order, out, placed);
        }
    }
}
