package cn.quanze.powers.files;

import cn.quanze.core.files.HeaderMatch;
import cn.quanze.core.files.RowIssue;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.OrgMessages;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.core.i18n.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One data row of a power-list sheet read into typed values, with every problem found in it. Only the fields
 * whose column is mapped are "present"; an update keeps the stored value of every other field.
 */
final class PowerRow {
    final HeaderMatch sheet;
    final int row;
    final List<RowIssue> issues = new ArrayList<>();
    final String code;
    final String name;
    final String subName;
    final String parentCode;
    PowerType type;
    Department department;
    OfficeLevel level;
    Integer legal;
    Integer promised;
    PowerStatus status;
    List<PowerItem.ProcessStep> steps = List.of();

    PowerRow(HeaderMatch sheet, int row, UnitMatcher departments) {
        this.sheet = sheet;
        this.row = row;
        this.code = oneLine(v(PowerColumns.CODE)).replaceFirst("^'", "");
        this.name = oneLine(v(PowerColumns.NAME));
        this.subName = oneLine(v(PowerColumns.SUB_NAME));
        this.parentCode = oneLine(v(PowerColumns.PARENT_CODE)).replaceFirst("^'", "");
        if (name.isEmpty()) {
            issue(PowerColumns.NAME, I18n.t("powers.import.issue.nameMissing"));
        }
        if (!code.isEmpty() && !cn.quanze.powers.domain.PowerRules.isValidCode(code)) {
            issue(PowerColumns.CODE, I18n.t("powers.import.issue.codeFormat", code));
        }
        readType();
        readDepartment(departments);
        legal = days(PowerColumns.LEGAL_LIMIT);
        promised = days(PowerColumns.PROMISED_LIMIT);
        if (!cn.quanze.powers.domain.PowerRules.promisedWithinLegal(legal, promised)) {
            issue(PowerColumns.PROMISED_LIMIT, I18n.t("powers.import.issue.promisedExceeds", promised, legal));
        }
        readLevelAndStatus();
        if (sheet.has(PowerColumns.STEPS)) {
            Optional<List<PowerItem.ProcessStep>> s = PowerColumns.parseSteps(v(PowerColumns.STEPS));
            if (s.isEmpty()) {
                issue(PowerColumns.STEPS, I18n.t("powers.import.issue.stepsBad"));
            } else {
                steps = s.get();
            }
        }
    }

    private void readType() {
        String t = v(PowerColumns.TYPE);
        if (t.isEmpty()) {
            issue(PowerColumns.TYPE, I18n.t("powers.import.issue.typeMissing"));
        } else {
            type = PowerType.fromOfficialName(t).orElse(null);
            if (type == null) {
                issue(PowerColumns.TYPE, I18n.t("powers.import.issue.typeUnknown", t));
            }
        }
    }

    private void readDepartment(UnitMatcher departments) {
        String d = oneLine(v(PowerColumns.DEPARTMENT));
        if (d.isEmpty()) {
            issue(PowerColumns.DEPARTMENT, I18n.t("powers.import.issue.departmentMissing"));
            return;
        }
        UnitMatcher.Match m = departments.match(d);
        department = m.unit().orElse(null);
        if (m instanceof UnitMatcher.Unknown u && u.retired().isEmpty()) {
            issue(PowerColumns.DEPARTMENT, I18n.t("powers.import.issue.departmentUnknown", d));
        } else if (department == null) {
            issue(PowerColumns.DEPARTMENT, OrgMessages.describe(m, PowerColumns.label(PowerColumns.DEPARTMENT)));
        }
    }

    private void readLevelAndStatus() {
        String l = v(PowerColumns.LEVEL);
        if (!l.isEmpty()) {
            try {
                level = OfficeLevel.parse(l.replace("级", "").replace("/", "").replace("／", ""));
            } catch (IllegalArgumentException e) {
                issue(PowerColumns.LEVEL, I18n.t("powers.import.issue.levelUnknown", l));
            }
        }
        String s = v(PowerColumns.STATUS);
        if (!s.isEmpty()) {
            status = PowerStatus.fromOfficialName(s).orElse(null);
            if (status == null) {
                issue(PowerColumns.STATUS, I18n.t("powers.import.issue.statusUnknown", s));
            }
        }
    }

    private Integer days(String field) {
        String cell = v(field);
        if (PowerColumns.isNoLimit(cell)) {
            return null;
        }
        Optional<Integer> d = PowerColumns.parseDays(cell);
        if (d.isEmpty()) {
            issue(field, I18n.t("powers.import.issue.limitBad", cell));
            return null;
        }
        return d.get();
    }

    boolean isSub() {
        return !subName.isEmpty();
    }

    String itemName() {
        return isSub() ? subName : name;
    }

    boolean valid() {
        return issues.isEmpty();
    }

    String v(String field) {
        return sheet.value(row, field);
    }

    boolean has(String field) {
        return sheet.has(field);
    }

    void issue(String field, String message) {
        Integer col = sheet.columns().get(field);
        issues.add(RowIssue.of(sheet.sheet().name(), row, col == null ? -1 : col,
                col == null ? PowerColumns.label(field) : sheet.header(field), message));
    }

    void rowIssue(String message) {
        issues.add(RowIssue.of(sheet.sheet().name(), row, -1, null, message));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", "").trim();
    }
}
