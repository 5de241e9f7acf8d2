package cn.quanze.powers.files;

import cn.quanze.core.domain.Ids;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.core.i18n.I18n;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of an import into the items to write: resolves each sub-item's main item (主项编码, else the main
 * item named above it in the sheet — merged cells repeat its name —, else a stored main item, else a main item
 * made from the row), matches stored items by code, else by name + type + department, and fills what a row leaves
 * out from the stored item (a new item without 实施层级 gets the office's level: 街道 for a sub-district).
 */
final class PowerPlan {
    record Planned(PowerRow row, PowerItem item, PowerItem existing, boolean synthesized) {
    }

    private static final Pattern SUB_CODE = Pattern.compile("(.+)-\\d{1,3}");
    private final UnitMatcher departments;
    private final OfficeLevel defaultLevel;
    private final Map<String, PowerItem> byCode = new HashMap<>();
    private final Map<String, PowerItem> byKey = new HashMap<>();
    private final Map<String, String> codeOfId = new HashMap<>();
    private final Map<String, Planned> fileByCode = new HashMap<>();
    private final Map<String, Planned> lastMainByName = new HashMap<>();
    private final Set<String> matchedIds = new HashSet<>();
    private final Set<String> usedCodes = new HashSet<>();
    private final List<Planned> planned = new ArrayList<>();

    PowerPlan(List<PowerItem> existing, UnitMatcher departments, OfficeLevel defaultLevel) {
        this.departments = departments;
        this.defaultLevel = defaultLevel;
        for (PowerItem p : existing) {
            byCode.put(p.code(), p);
            byKey.put(key(p.name(), p.type(), p.departmentId(), p.parentId()), p);
            codeOfId.put(p.id(), p.code());
            usedCodes.add(p.code());
        }
    }

    UnitMatcher departments() {
        return departments;
    }

    List<Planned> finish() {
        return planned;
    }

    void add(PowerRow r) {
        if (!r.isSub()) {
            Planned main = build(r, null, r.code, r.name, false);
            if (main.item() != null) {
                lastMainByName.put(r.sheet.sheet().name() + "|" + r.name, main);
            }
            return;
        }
        String parentId = r.valid() ? resolveParent(r) : null;
        if (r.valid() && parentId == null) {
            r.rowIssue(I18n.t("powers.import.issue.parentInvalid", r.name));
        }
        build(r, parentId, r.code, r.subName, false);
    }

    private String resolveParent(PowerRow r) {
        if (!r.parentCode.isEmpty()) {
            Planned inFile = fileByCode.get(r.parentCode);
            if (inFile != null) {
                return inFile.item() == null ? null : inFile.item().id();
            }
            PowerItem stored = byCode.get(r.parentCode);
            if (stored != null && stored.parentId() == null) {
                return stored.id();
            }
        }
        Planned above = lastMainByName.get(r.sheet.sheet().name() + "|" + r.name);
        if (above != null) {
            return above.item().id();
        }
        PowerItem stored = byKey.get(key(r.name, r.type, r.department.id(), null));
        if (stored != null && matchedIds.add(stored.id())) {
            Planned kept = new Planned(r, stored, stored, true);
            planned.add(kept);
            lastMainByName.put(r.sheet.sheet().name() + "|" + r.name, kept);
            return stored.id();
        }
        String code = r.parentCode;
        if (code.isEmpty()) {
            Matcher m = SUB_CODE.matcher(r.code);
            code = m.matches() ? m.group(1) : "";
        }
        Planned main = build(r, null, code, r.name, true);
        lastMainByName.put(r.sheet.sheet().name() + "|" + r.name, main);
        return main.item() == null ? null : main.item().id();
    }

    private Planned build(PowerRow r, String parentId, String code, String name, boolean synthesized) {
        PowerItem existing = null;
        if (r.valid()) {
            existing = !code.isEmpty() ? byCode.get(code) : null;
            if (existing == null) {
                existing = byKey.get(key(name, r.type, r.department.id(), parentId));
            }
            if (existing != null && !matchedIds.add(existing.id())) {
                r.rowIssue(I18n.t("powers.import.issue.duplicateItem", name));
            }
            if (!code.isEmpty() && fileByCode.containsKey(code)) {
                r.issue(PowerColumns.CODE, I18n.t("powers.import.issue.codeDuplicate", code,
                        fileByCode.get(code).row().row + 1));
            }
        }
        if (!r.valid()) {
            Planned p = new Planned(r, null, existing, synthesized);
            planned.add(p);
            return p;
        }
        String finalCode = !code.isEmpty() ? code : existing != null ? existing.code() : generate(r.type, r.department,
                parentId);
        PowerItem item = synthesized ? mainFrom(r, existing, finalCode, name) : merge(r, existing, finalCode, parentId);
        usedCodes.add(finalCode);
        codeOfId.put(item.id(), finalCode);
        Planned p = new Planned(r, item, existing, synthesized);
        fileByCode.put(finalCode, p);
        planned.add(p);
        return p;
    }

    private PowerItem mainFrom(PowerRow r, PowerItem e, String code, String name) {
        if (e != null) {
            return new PowerItem(e.id(), code, name, r.type, null, r.department.id(), e.undertakingOffice(), e.level(),
                    e.legalLimitDays(), e.promisedLimitDays(), e.fee(), e.bases(), e.discretion(), e.steps(), e.guide(),
                    e.status(), e.remarks(), e.demo());
        }
        return new PowerItem(Ids.newId(), code, name, r.type, null, r.department.id(), text(r, PowerColumns.OFFICE, null),
                r.level != null ? r.level : defaultLevel, null, null, null, null, null, null, null,
                PowerStatus.ACTIVE, null, false);
    }

    private PowerItem merge(PowerRow r, PowerItem e, String code, String parentId) {
        boolean fee = r.has(PowerColumns.FEE_BASIS) || r.has(PowerColumns.FEE_STANDARD);
        return new PowerItem(e == null ? Ids.newId() : e.id(), code, r.itemName(), r.type, parentId, r.department.id(),
                text(r, PowerColumns.OFFICE, e == null ? null : e.undertakingOffice()),
                r.level != null ? r.level : e != null && e.level() != null ? e.level() : defaultLevel,
                r.has(PowerColumns.LEGAL_LIMIT) ? r.legal : e == null ? null : e.legalLimitDays(),
                r.has(PowerColumns.PROMISED_LIMIT) ? r.promised : e == null ? null : e.promisedLimitDays(),
                fee ? fee(r) : e == null ? null : e.fee(),
                r.has(PowerColumns.BASES) ? PowerColumns.parseBases(r.v(PowerColumns.BASES)) : e == null ? null : e.bases(),
                r.has(PowerColumns.DISCRETION) ? PowerColumns.parseDiscretion(r.v(PowerColumns.DISCRETION))
                        : e == null ? null : e.discretion(),
                r.has(PowerColumns.STEPS) ? r.steps : e == null ? null : e.steps(),
                guide(r, e == null ? null : e.guide()),
                r.status != null ? r.status : e != null ? e.status() : PowerStatus.ACTIVE,
                text(r, PowerColumns.REMARKS, e == null ? null : e.remarks()), e != null && e.demo());
    }

    private static PowerItem.Fee fee(PowerRow r) {
        String basis = PowerColumns.blankToNull(r.v(PowerColumns.FEE_BASIS));
        String standard = PowerColumns.blankToNull(r.v(PowerColumns.FEE_STANDARD));
        if (basis == null && standard == null) {
            return null; // blank stays blank; a cell that says 不收费 is kept as written
        }
        return new PowerItem.Fee(basis, standard);
    }

    private static PowerItem.ServiceGuide guide(PowerRow r, PowerItem.ServiceGuide old) {
        PowerItem.ServiceGuide g = new PowerItem.ServiceGuide(
                text(r, PowerColumns.CONDITIONS, old == null ? null : old.conditions()),
                text(r, PowerColumns.MATERIALS, old == null ? null : old.materials()),
                text(r, PowerColumns.LOCATION, old == null ? null : old.location()),
                text(r, PowerColumns.HOURS, old == null ? null : old.hours()),
                text(r, PowerColumns.PHONE, old == null ? null : old.phone()),
                text(r, PowerColumns.SUPERVISION_PHONE, old == null ? null : old.supervisionPhone()));
        boolean empty = g.conditions() == null && g.materials() == null && g.location() == null && g.hours() == null
                && g.phone() == null && g.supervisionPhone() == null;
        return empty ? null : g;
    }

    private static String text(PowerRow r, String field, String old) {
        return r.has(field) ? PowerColumns.blankToNull(r.v(field)) : old;
    }

    private String generate(PowerType type, Department d, String parentId) {
        String prefix = parentId != null ? codeOfId.get(parentId) + "-" : PREFIX.get(type) + "-" + d.code() + "-";
        String format = parentId != null ? "%02d" : "%03d";
        for (int i = 1; ; i++) {
            String c = prefix + String.format(format, i);
            if (!usedCodes.contains(c)) {
                return c;
            }
        }
    }

    private static final Map<PowerType, String> PREFIX = Map.of(PowerType.LICENSING, "XK", PowerType.PENALTY, "CF",
            PowerType.COERCION, "QZ", PowerType.LEVY, "ZS", PowerType.PAYMENT, "JF", PowerType.INSPECTION, "JC",
            PowerType.CONFIRMATION, "QR", PowerType.REWARD, "JL", PowerType.ADJUDICATION, "CJ", PowerType.OTHER, "QT");

    private static String key(String name, PowerType type, String departmentId, String parentId) {
        return name + "|" + type + "|" + departmentId + "|" + (parentId == null ? "" : parentId);
    }
}
