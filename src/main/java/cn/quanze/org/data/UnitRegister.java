package cn.quanze.org.data;

import cn.quanze.core.db.JdbcRepositories;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.db.Store;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.core.domain.Ids;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.org.domain.UnitRefused;
import cn.quanze.org.domain.UnitRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 组织机构, the register of units: the published service the CLI, the imports and the 组织机构 pane use. Reads give
 * the units in tree order; every change is one transaction through the unit of work (a revision and an audit entry
 * per changed record), checked by {@link UnitRules} first and refused with a {@link UnitRefused} that
 * {@code OrgMessages.describe} turns into Chinese. Units are named by code in every method.
 *
 * <ul>
 *   <li>{@link #add} a unit; {@link #edit} its fields (renaming or recoding keeps its id, so every record that
 *   refers to it follows); {@link #move} it under another parent (a cycle is refused);</li>
 *   <li>{@link #retire} it from a date (撤销; the office itself cannot be); {@link #reinstate} a retired one;
 *   {@link #delete} one added by mistake (only while nothing refers to it);</li>
 *   <li>{@link #merge} one into another: every reference follows the survivor, which keeps the merged unit's names
 *   as aliases, and the merged unit is retired;</li>
 *   <li>{@link #save} the units of an import, all or nothing.</li>
 * </ul>
 * A unit arriving from a partner office by sync file belongs to that office (sync.OwnershipRules): a change made
 * here travels to it as a proposal.
 */
public final class UnitRegister {
    /**
     * The editable fields of a unit. {@code parentCode} null: top level; {@code kind} null: 部门 for a new unit,
     * unchanged for an edit.
     */
    public record Draft(String code, String name, String shortName, UnitKind kind, String parentCode,
                        List<String> aliases, Integer sortOrder, String phone, String head) {
        public Draft {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        public static Draft of(String code, String name) {
            return new Draft(code, name, null, null, null, List.of(), null, null, null);
        }

        public Draft withKind(UnitKind k) {
            return new Draft(code, name, shortName, k, parentCode, aliases, sortOrder, phone, head);
        }

        public Draft withParent(String p) {
            return new Draft(code, name, shortName, kind, p, aliases, sortOrder, phone, head);
        }

        public Draft withShortName(String s) {
            return new Draft(code, name, s, kind, parentCode, aliases, sortOrder, phone, head);
        }

        public Draft withAliases(List<String> a) {
            return new Draft(code, name, shortName, kind, parentCode, a, sortOrder, phone, head);
        }
    }

    /** What a merge did: the survivor as written, the retired unit, and the rows re-pointed per column. */
    public record MergeResult(Department survivor, Department merged, Map<String, Integer> moved) {
        public int movedRows() {
            return moved.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The outcome of saving an import: units added, changed and already equal. */
    public record Saved(int added, int changed, int unchanged) {
    }

    private final Store store;
    private final Clock clock;

    public UnitRegister(Store store) {
        this(store, Clock.systemDefaultZone());
    }

    public UnitRegister(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    // --- reads ---

    /** Every unit, retired ones included, in tree order (parents first, siblings by sort order, then code). */
    public List<Department> all() {
        return UnitRules.treeOrder(JdbcRepositories.list(store, OrgRecords.DEPARTMENT, "SELECT * FROM department"));
    }

    /** The units in use today, in tree order. */
    public List<Department> active() {
        LocalDate today = today();
        return all().stream().filter(d -> d.activeOn(today)).toList();
    }

    public Optional<Department> byCode(String code) {
        return all().stream().filter(d -> d.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    public Optional<Department> byId(String id) {
        return JdbcRepositories.list(store, OrgRecords.DEPARTMENT, "SELECT * FROM department WHERE id = ?", id)
                .stream().findFirst();
    }

    /** "Which unit is this name?" over the units in use today (retired ones only named when nothing matches). */
    public UnitMatcher matcher() {
        return UnitMatcher.of(all(), today());
    }

    /** The records referring to the unit, per referring column (empty: the unit may be deleted). */
    public Map<UnitReferences.Reference, Integer> referencesTo(String code) {
        return store.read(c -> {
            UnitReferences.Query q = UnitReferences.on(c);
            return UnitReferences.count(q, existing(units(q), code).id());
        });
    }

    /** This installation's office code ("" before {@code init}). */
    public String officeCode() {
        return new OfficeSettings(store).get(OfficeSettings.OFFICE_CODE).orElse("");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- writes ---

    public Department add(Draft draft) {
        return store.write("units.add", uow -> {
            List<Department> units = units(uow);
            Department parent = parentOf(draft.parentCode(), units);
            UnitKind kind = draft.kind() == null ? UnitKind.DEPARTMENT : draft.kind();
            String code = strip(draft.code());
            Department d = new Department(newId(uow, code, kind), code, strip(draft.name()), blank(draft.shortName()),
                    kind, false, parent == null ? null : parent.id(), List.of(), draft.sortOrder(),
                    blank(draft.phone()), blank(draft.head()), null);
            d = d.withAliases(UnitRules.cleanAliases(draft.aliases(), d));
            UnitRules.checkFields(d);
            UnitRules.checkCodeFree(d, units);
            uow.put(OrgRecords.DEPARTMENT, d);
            return d;
        });
    }

    /** Replaces the unit's fields with the draft's (its parent too); the id stays, so references follow. */
    public Department edit(String code, Draft draft) {
        return store.write("units.edit", uow -> {
            List<Department> units = units(uow);
            Department old = existing(units, code);
            Department parent = parentOf(draft.parentCode(), units);
            Department d = new Department(old.id(), strip(draft.code()), strip(draft.name()), blank(draft.shortName()),
                    draft.kind() == null ? old.kind() : draft.kind(), false, parent == null ? null : parent.id(),
                    List.of(), draft.sortOrder(), blank(draft.phone()), blank(draft.head()), old.retiredOn());
            d = d.withAliases(UnitRules.cleanAliases(draft.aliases(), d));
            UnitRules.checkFields(d);
            UnitRules.checkCodeFree(d, units);
            UnitRules.checkPlace(d, units);
            uow.put(OrgRecords.DEPARTMENT, d);
            return d;
        });
    }

    /** Puts the unit under {@code parentCode} (null: top level). Under itself or a unit below it is refused. */
    public Department move(String code, String parentCode) {
        return store.write("units.move", uow -> {
            List<Department> units = units(uow);
            Department d = existing(units, code);
            Department parent = parentOf(parentCode, units);
            Department moved = d.withParent(parent == null ? null : parent.id()).notDemo();
            UnitRules.checkPlace(moved, units);
            uow.put(OrgRecords.DEPARTMENT, moved);
            return moved;
        });
    }

    /** 撤销 from {@code date} (null: today). Refused for the office itself and while units below it stay in use. */
    public Department retire(String code, LocalDate date) {
        LocalDate on = date == null ? today() : date;
        return store.write("units.retire", uow -> {
            List<Department> units = units(uow);
            Department d = existing(units, code);
            UnitRules.checkRetire(d, on, ownOffice(uow), units);
            Department retired = d.withRetiredOn(on).notDemo();
            uow.put(OrgRecords.DEPARTMENT, retired);
            return retired;
        });
    }

    /** Takes a retired unit back into use. */
    public Department reinstate(String code) {
        return store.write("units.reinstate", uow -> {
            Department d = existing(units(uow), code);
            Department back = d.withRetiredOn(null).notDemo();
            uow.put(OrgRecords.DEPARTMENT, back);
            return back;
        });
    }

    /**
     * Deletes a unit added by mistake. Once anything refers to it (a power item, a case, a unit below it...) it
     * can only be retired: refused with the registers that refer to it.
     */
    public void delete(String code) {
        store.run("units.delete", uow -> {
            Department d = existing(units(uow), code);
            if (UnitRules.isOffice(d, ownOffice(uow))) {
                throw new UnitRefused("units.refused.deleteOffice", d.name());
            }
            Map<UnitReferences.Reference, Integer> refs = UnitReferences.count(uow, d.id());
            if (!refs.isEmpty()) {
                throw new UnitRefused("units.refused.referenced", d.name(), new ArrayList<>(refs.keySet()));
            }
            uow.delete(OrgRecords.DEPARTMENT, d.id());
        });
    }

    /**
     * Merges {@code fromCode} into {@code intoCode} in one transaction: every column holding the merged unit's id
     * ({@link UnitReferences#ALL}) is re-pointed at the survivor, the survivor gains the merged unit's name, short
     * name and aliases as aliases (so old lists still find it), and the merged unit is retired today.
     */
    public MergeResult merge(String fromCode, String intoCode) {
        LocalDate today = today();
        return store.write("units.merge", uow -> {
            List<Department> units = units(uow);
            Department from = existing(units, fromCode);
            Department into = existing(units, intoCode);
            UnitRules.checkMerge(from, into, ownOffice(uow), today);
            if (UnitRules.isBelow(into, from, units)) {
                throw new UnitRefused("units.refused.mergeIntoChild", from.name(), into.name());
            }
            Map<String, Integer> moved = UnitReferences.repoint(uow, from.id(), into.id());
            Department survivor = UnitRules.absorbNames(uow.find(OrgRecords.DEPARTMENT, into.id()).orElseThrow(), from)
                    .notDemo();
            uow.put(OrgRecords.DEPARTMENT, survivor);
            Department gone = uow.find(OrgRecords.DEPARTMENT, from.id()).orElseThrow();
            Department retired = (gone.retired() ? gone : gone.withRetiredOn(today)).notDemo();
            uow.put(OrgRecords.DEPARTMENT, retired);
            return new MergeResult(survivor, retired, moved);
        });
    }

    /**
     * Writes the units of an import (new ones and changed ones, their ids already chosen) in one transaction, after
     * checking them together with the stored units: codes unique, no cycle, retirements allowed. Nothing is written
     * when any check fails.
     */
    public Saved save(List<Department> units) {
        return store.write("units.import", uow -> {
            Map<String, Department> merged = new HashMap<>();
            units(uow).forEach(d -> merged.put(d.id(), d));
            Map<String, Department> before = new HashMap<>(merged);
            units.forEach(d -> merged.put(d.id(), d));
            for (Department d : units) {
                UnitRules.checkFields(d);
                UnitRules.checkCodeFree(d, merged.values());
                Department old = before.get(d.id());
                if (d.retiredOn() != null && (old == null || old.retiredOn() == null)) {
                    UnitRules.checkRetire(d, d.retiredOn(), ownOffice(uow), merged.values());
                }
            }
            UnitRules.checkTree(merged.values());
            int[] n = new int[3];
            for (Department d : units) {
                n[uow.put(OrgRecords.DEPARTMENT, d.notDemo()).ordinal()]++;
            }
            return new Saved(n[0], n[1], n[2]);
        });
    }

    /**
     * The office itself as a unit (code = office code, kind 机关, not demo), created if no unit has the code yet;
     * called by {@code init} and the first-run setup inside the unit of work that saves the office identity.
     */
    public static Department ensureOffice(UnitOfWork uow, String code, String name) {
        Optional<Department> found = units(uow).stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        Department office = new Department(newId(uow, code, UnitKind.OFFICE), code, name, null, UnitKind.OFFICE, false);
        uow.put(OrgRecords.DEPARTMENT, office);
        return office;
    }

    // --- helpers ---

    /**
     * The id of a new unit: the unit standing for an office (the office itself, a 街道 or 镇) gets the id made from
     * its code, so the district's 天平路街道 and the office's own unit are one record across sync files; any other
     * unit a fresh id.
     */
    static String newId(UnitOfWork uow, String code, UnitKind kind) {
        return newId(uow::query, code, kind);
    }

    private static String newId(UnitReferences.Query q, String code, UnitKind kind) {
        boolean office = kind == UnitKind.OFFICE ? code != null && code.equalsIgnoreCase(ownOffice(q))
                : kind.isOfficeLevel();
        if (office && UnitRules.isValidCode(code)) {
            String id = Department.officeUnitId(code.toUpperCase(java.util.Locale.ROOT));
            if (q.rows("SELECT 1 FROM department WHERE id = ?", id).isEmpty()) {
                return id;
            }
        }
        return Ids.newId();
    }

    /** The id for a unit an import is about to add (see {@link #newId(UnitOfWork, String, UnitKind)}). */
    public String newId(String code, UnitKind kind) {
        return store.read(c -> newId(UnitReferences.on(c), code, kind));
    }

    private static List<Department> units(UnitOfWork uow) {
        return units(uow::query);
    }

    private static List<Department> units(UnitReferences.Query q) {
        return q.rows("SELECT * FROM department").stream().map(OrgRecords.DEPARTMENT::fromRow).toList();
    }

    static String ownOffice(UnitOfWork uow) {
        return ownOffice(uow::query);
    }

    private static String ownOffice(UnitReferences.Query q) {
        return q.rows("SELECT value FROM node_setting WHERE id = ?", OfficeSettings.OFFICE_CODE).stream()
                .findFirst().map(r -> r.str("value")).orElse("");
    }

    private static Department existing(List<Department> units, String code) {
        String c = code == null ? "" : code.strip();
        return units.stream().filter(d -> d.code().equalsIgnoreCase(c)).findFirst()
                .orElseThrow(() -> new UnitRefused("units.refused.unknown", c));
    }

    private Department parentOf(String parentCode, List<Department> units) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        Department p = units.stream().filter(d -> d.code().equalsIgnoreCase(parentCode.strip())).findFirst()
                .orElseThrow(() -> new UnitRefused("units.refused.unknownParent", parentCode.strip()));
        if (!p.activeOn(today())) {
            throw new UnitRefused("units.refused.retiredParent", p.name(), String.valueOf(p.retiredOn()));
        }
        return p;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
