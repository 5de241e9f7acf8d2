package cn.quanze.org.files;

import cn.quanze.core.files.ExcelFileException;
import cn.quanze.core.files.HeaderDetector;
import cn.quanze.core.files.HeaderMatch;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.core.files.RowIssue;
import cn.quanze.core.files.SheetData;
import cn.quanze.core.files.StreamingWorkbookReader;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.OrgMessages;
import cn.quanze.org.data.UnitRegister;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.org.domain.UnitRefused;
import cn.quanze.org.domain.UnitRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports a unit list (组织机构) from a workbook with the header detection of the other imports. A row is the
 * stored unit with its code, else the unit its name finds (UnitMatcher), else a new unit (without a code it gets
 * one made from the office code: JD01-01...). 上级单位 names a parent by code or name, first among the file's rows,
 * then among the stored units. Every row is checked (codes, kinds, orders, dates, parents, cycles, retirements)
 * before anything is written; one bad row and nothing is written. A dry run reports what would change.
 */
public final class UnitImport {
    public enum ChangeKind { ADDED, CHANGED, UNCHANGED }

    /** What the import does (or would do) to one unit; {@code fields} are the labels of the changed columns. */
    public record Change(ChangeKind kind, Department unit, List<String> fields) {
    }

    public record Report(String file, List<Change> changes, List<RowIssue> issues, boolean written) {
        public int count(ChangeKind kind) {
            return (int) changes.stream().filter(c -> c.kind() == kind).count();
        }

        public boolean valid() {
            return issues.isEmpty();
        }

        /** Rows with a problem. */
        public int invalidRows() {
            return (int) issues.stream().map(i -> i.sheet() + "#" + i.row()).distinct().count();
        }

        public String summary() {
            return I18n.t("units.import.summary", file, count(ChangeKind.ADDED), count(ChangeKind.CHANGED),
                    count(ChangeKind.UNCHANGED), invalidRows());
        }

        /** Every problem as a sentence naming the file, sheet, row and column. */
        public List<String> messages() {
            return issues.stream().map(i -> I18n.t("units.import.issue", file, i.describe())).toList();
        }
    }

    private final UnitRegister register;

    public UnitImport(UnitRegister register) {
        this.register = register;
    }

    public Report importFile(Path file, boolean dryRun) {
        String name = String.valueOf(file.getFileName());
        List<UnitRow> rows = read(file);
        Plan plan = new Plan(rows);
        List<RowIssue> issues = new ArrayList<>();
        rows.forEach(r -> issues.addAll(r.issues));
        if (!issues.isEmpty()) {
            return new Report(name, List.of(), issues, false);
        }
        List<Department> changed = new ArrayList<>();
        for (Change c : plan.changes) {
            if (c.kind() != ChangeKind.UNCHANGED) {
                changed.add(c.unit());
            }
        }
        if (dryRun || changed.isEmpty()) {
            return new Report(name, plan.changes, List.of(), false);
        }
        register.save(changed);
        return new Report(name, plan.changes, List.of(), true);
    }

    private static List<UnitRow> read(Path file) {
        List<SheetData> sheets = StreamingWorkbookReader.read(file, ReadProgress.NONE);
        List<HeaderMatch> found = new HeaderDetector(UnitColumns.fields(), 2, Map.of()).detectAll(sheets).stream()
                .filter(m -> m.has(UnitColumns.NAME)).toList();
        if (found.isEmpty()) {
            throw new ExcelFileException(ExcelFileException.Kind.NO_HEADER, file, null);
        }
        List<UnitRow> rows = new ArrayList<>();
        for (HeaderMatch sheet : found) {
            String headerName = HeaderDetector.normalize(sheet.header(UnitColumns.NAME));
            for (int r = sheet.firstDataRow(); r < sheet.sheet().rows().size(); r++) {
                if (sheet.sheet().isBlankRow(r) || HeaderDetector.normalize(sheet.value(r, UnitColumns.NAME))
                        .equals(headerName)) {
                    continue;
                }
                rows.add(new UnitRow(sheet, r));
            }
        }
        return rows;
    }

    /** The rows resolved against the stored units: the record each row writes, and its parent. */
    private final class Plan {
        final List<Change> changes = new ArrayList<>();
        private final List<Department> stored = register.all();
        private final String office = register.officeCode();
        private final LocalDate today = register.today();
        private final UnitMatcher storedMatcher = UnitMatcher.of(stored, today);
        private final Map<UnitRow, Department> existing = new HashMap<>();
        private final Map<UnitRow, Department> planned = new LinkedHashMap<>();
        private final Set<String> usedCodes = new HashSet<>();

        Plan(List<UnitRow> rows) {
            stored.forEach(d -> usedCodes.add(upper(d.code())));
            rows.forEach(r -> usedCodes.add(upper(r.code)));
            findTargets(rows);
            for (UnitRow r : rows) {
                if (r.valid()) {
                    planned.put(r, draft(r, existing.get(r)));
                }
            }
            for (UnitRow r : rows) {
                if (planned.containsKey(r) && r.has(UnitColumns.PARENT)) {
                    resolveParent(r, rows);
                }
            }
            checkTree(rows);
            if (rows.stream().allMatch(UnitRow::valid)) {
                planned.forEach((r, d) -> changes.add(change(d, existing.get(r))));
            }
        }

        private void findTargets(List<UnitRow> rows) {
            Map<String, UnitRow> byCode = new HashMap<>();
            Map<String, UnitRow> byUnit = new HashMap<>();
            for (UnitRow r : rows) {
                Department e = null;
                if (!r.code.isEmpty()) {
                    UnitRow first = byCode.putIfAbsent(upper(r.code), r);
                    if (first != null) {
                        r.issue(UnitColumns.CODE, I18n.t("units.import.issue.codeDuplicate", r.code, first.row + 1));
                        continue;
                    }
                    e = stored.stream().filter(d -> d.code().equalsIgnoreCase(r.code)).findFirst().orElse(null);
                    if (e == null && !r.name.isEmpty()) {
                        sameNameElsewhere(r, rows);
                    }
                } else if (!r.name.isEmpty()) {
                    UnitMatcher.Match m = storedMatcher.match(r.name);
                    if (m instanceof UnitMatcher.Ambiguous) {
                        r.issue(UnitColumns.NAME, OrgMessages.describe(m, UnitColumns.label(UnitColumns.NAME)));
                        continue;
                    }
                    e = m.unit().orElse(null);
                }
                if (e != null) {
                    UnitRow first = byUnit.putIfAbsent(e.id(), r);
                    if (first != null) {
                        r.issue(UnitColumns.NAME, I18n.t("units.import.issue.sameUnit", OrgMessages.name(e),
                                first.row + 1));
                        continue;
                    }
                    existing.put(r, e);
                }
            }
        }

        /** A new code with the full name of a stored unit (in use, not in the file) would make two units of one. */
        private void sameNameElsewhere(UnitRow r, List<UnitRow> rows) {
            String n = UnitMatcher.normalize(r.name);
            for (Department d : stored) {
                boolean inFile = rows.stream().anyMatch(x -> x.code.equalsIgnoreCase(d.code()));
                if (!inFile && d.activeOn(today) && UnitMatcher.normalize(d.name()).equals(n)) {
                    r.issue(UnitColumns.CODE, I18n.t("units.import.issue.nameTaken", r.code, OrgMessages.name(d)));
                    return;
                }
            }
        }

        private Department draft(UnitRow r, Department e) {
            String code = !r.code.isEmpty() ? r.code : e != null ? e.code() : generateCode();
            UnitKind kind = r.kind != null ? r.kind : e != null ? e.kind()
                    : code.equalsIgnoreCase(office) ? UnitKind.OFFICE : UnitKind.DEPARTMENT;
            String id = e != null ? e.id() : register.newId(code, kind);
            Department d = new Department(id, code, r.name,
                    r.has(UnitColumns.SHORT_NAME) ? r.shortName : e == null ? null : e.shortName(), kind, false,
                    e == null ? null : e.parentId(), List.of(),
                    r.has(UnitColumns.SORT_ORDER) ? r.sortOrder : e == null ? null : e.sortOrder(),
                    r.has(UnitColumns.PHONE) ? r.phone : e == null ? null : e.phone(),
                    r.has(UnitColumns.HEAD) ? r.head : e == null ? null : e.head(),
                    r.has(UnitColumns.RETIRED_ON) ? r.retiredOn : e == null ? null : e.retiredOn());
            List<String> aliases = r.has(UnitColumns.ALIASES) ? r.aliases : e == null ? List.of() : e.aliases();
            return d.withAliases(UnitRules.cleanAliases(aliases, d));
        }

        private String generateCode() {
            String prefix = office.isEmpty() ? "U-" : office + "-";
            for (int i = 1; ; i++) {
                String c = prefix + String.format("%02d", i);
                if (usedCodes.add(upper(c))) {
                    return c;
                }
            }
        }

        private void resolveParent(UnitRow r, List<UnitRow> rows) {
            Department self = planned.get(r);
            if (r.parent.isEmpty()) {
                planned.put(r, self.withParent(null));
                return;
            }
            List<UnitRow> inFile = rows.stream().filter(x -> x != r && codeOf(x).equalsIgnoreCase(r.parent)).toList();
            if (inFile.isEmpty()) {
                String key = UnitMatcher.normalize(r.parent);
                inFile = rows.stream().filter(x -> x != r && (UnitMatcher.normalize(x.name).equals(key)
                        || key.equals(UnitMatcher.normalize(x.shortName)))).toList();
            }
            if (inFile.stream().anyMatch(x -> !planned.containsKey(x))) {
                return; // the parent's own row is bad: its problem is reported there
            }
            if (codeOf(r).equalsIgnoreCase(r.parent) || inFile.isEmpty() && selfNamed(r)) {
                r.issue(UnitColumns.PARENT, I18n.t("units.import.issue.ownParent", r.parent));
                return;
            }
            String parentId;
            if (inFile.size() > 1) {
                r.issue(UnitColumns.PARENT, I18n.t("units.import.issue.parentAmbiguous", r.parent, inFile.stream()
                        .map(x -> String.valueOf(x.row + 1)).reduce((a, b) -> a + "、" + b).orElse("")));
                return;
            } else if (inFile.size() == 1) {
                parentId = planned.get(inFile.get(0)).id();
            } else {
                UnitMatcher.Match m = storedMatcher.match(r.parent);
                if (m.unit().isEmpty()) {
                    r.issue(UnitColumns.PARENT, OrgMessages.describe(m, UnitColumns.label(UnitColumns.PARENT)));
                    return;
                }
                parentId = m.unit().get().id();
            }
            if (parentId.equals(self.id())) {
                r.issue(UnitColumns.PARENT, I18n.t("units.import.issue.ownParent", r.parent));
                return;
            }
            planned.put(r, self.withParent(parentId));
        }

        /** The row's code as written, or the planned unit's when the row has none. */
        private String codeOf(UnitRow x) {
            return !x.code.isEmpty() ? x.code : planned.containsKey(x) ? planned.get(x).code() : "";
        }

        /** The parent cell names the row's own unit (its name or short name). */
        private boolean selfNamed(UnitRow r) {
            String key = UnitMatcher.normalize(r.parent);
            return key.equals(UnitMatcher.normalize(r.name)) || key.equals(UnitMatcher.normalize(r.shortName));
        }

        /** Cycles and retirements of the rows read so far, over the stored units as the import leaves them. */
        private void checkTree(List<UnitRow> rows) {
            Map<String, Department> after = new LinkedHashMap<>();
            stored.forEach(d -> after.put(d.id(), d));
            planned.values().forEach(d -> after.put(d.id(), d));
            Map<String, String> parentOf = new HashMap<>();
            Map<String, String> nameOf = new HashMap<>();
            after.values().forEach(d -> {
                parentOf.put(d.id(), d.parentId());
                nameOf.put(d.id(), d.name());
            });
            for (UnitRow r : rows) {
                Department d = planned.get(r);
                Department e = existing.get(r);
                if (d == null || !r.valid()) {
                    continue;
                }
                try {
                    UnitRules.checkNoCycle(d.id(), d.parentId(), parentOf, nameOf);
                } catch (UnitRefused refused) {
                    r.issue(UnitColumns.PARENT, OrgMessages.describe(refused));
                }
                if (d.retiredOn() != null && (e == null || e.retiredOn() == null)) {
                    try {
                        UnitRules.checkRetire(d, d.retiredOn(), office, after.values());
                    } catch (UnitRefused refused) {
                        r.issue(UnitColumns.RETIRED_ON, OrgMessages.describe(refused));
                    }
                }
            }
        }

        private Change change(Department d, Department e) {
            if (e == null) {
                return new Change(ChangeKind.ADDED, d, List.of());
            }
            List<String> fields = new ArrayList<>();
            diff(fields, UnitColumns.CODE, e.code(), d.code());
            diff(fields, UnitColumns.NAME, e.name(), d.name());
            diff(fields, UnitColumns.SHORT_NAME, e.shortName(), d.shortName());
            diff(fields, UnitColumns.ALIASES, e.aliases(), d.aliases());
            diff(fields, UnitColumns.KIND, e.kind(), d.kind());
            diff(fields, UnitColumns.PARENT, e.parentId(), d.parentId());
            diff(fields, UnitColumns.SORT_ORDER, e.sortOrder(), d.sortOrder());
            diff(fields, UnitColumns.PHONE, e.phone(), d.phone());
            diff(fields, UnitColumns.HEAD, e.head(), d.head());
            diff(fields, UnitColumns.RETIRED_ON, e.retiredOn(), d.retiredOn());
            if (e.demo()) {
                fields.add(I18n.t("units.import.field.demo"));
            }
            return new Change(fields.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.CHANGED, d, fields);
        }

        private static void diff(List<String> fields, String field, Object before, Object after) {
            if (!java.util.Objects.equals(before, after)) {
                fields.add(UnitColumns.label(field));
            }
        }
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }
}
