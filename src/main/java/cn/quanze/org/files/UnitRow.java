package cn.quanze.org.files;

import cn.quanze.core.files.HeaderMatch;
import cn.quanze.core.files.RowIssue;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.domain.UnitRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One data row of a unit-list sheet read into typed values, with every problem found in it. Only fields whose
 * column is mapped are "present": an update keeps the stored value of every other field.
 */
final class UnitRow {
    final HeaderMatch sheet;
    final int row;
    final List<RowIssue> issues = new ArrayList<>();
    final String code;
    final String name;
    final String shortName;
    final List<String> aliases;
    final String parent;
    final String phone;
    final String head;
    UnitKind kind;
    Integer sortOrder;
    LocalDate retiredOn;

    UnitRow(HeaderMatch sheet, int row) {
        this.sheet = sheet;
        this.row = row;
        this.code = oneLine(v(UnitColumns.CODE)).replaceFirst("^'", "");
        this.name = oneLine(v(UnitColumns.NAME));
        this.shortName = blankToNull(oneLine(v(UnitColumns.SHORT_NAME)));
        this.aliases = UnitColumns.aliases(v(UnitColumns.ALIASES));
        this.parent = oneLine(v(UnitColumns.PARENT));
        this.phone = blankToNull(v(UnitColumns.PHONE));
        this.head = blankToNull(oneLine(v(UnitColumns.HEAD)));
        if (name.isEmpty()) {
            issue(UnitColumns.NAME, I18n.t("units.import.issue.nameMissing"));
        } else if (name.length() > UnitRules.MAX_NAME) {
            issue(UnitColumns.NAME, I18n.t("units.import.issue.nameLong", UnitRules.MAX_NAME));
        }
        if (!code.isEmpty() && !UnitRules.isValidCode(code)) {
            issue(UnitColumns.CODE, I18n.t("units.import.issue.codeFormat", code));
        }
        String k = v(UnitColumns.KIND);
        if (!k.isEmpty()) {
            kind = UnitColumns.kind(k).orElse(null);
            if (kind == null) {
                issue(UnitColumns.KIND, I18n.t("units.import.issue.kindUnknown", k));
            }
        }
        String o = v(UnitColumns.SORT_ORDER);
        if (!o.isEmpty()) {
            sortOrder = UnitColumns.order(o).orElse(null);
            if (sortOrder == null) {
                issue(UnitColumns.SORT_ORDER, I18n.t("units.import.issue.orderBad", o));
            }
        }
        String d = v(UnitColumns.RETIRED_ON);
        if (!d.isEmpty()) {
            retiredOn = UnitColumns.date(d).orElse(null);
            if (retiredOn == null) {
                issue(UnitColumns.RETIRED_ON, I18n.t("units.import.issue.dateBad", d));
            }
        }
    }

    boolean has(String field) {
        return sheet.has(field);
    }

    boolean valid() {
        return issues.isEmpty();
    }

    String v(String field) {
        return sheet.value(row, field);
    }

    void issue(String field, String message) {
        Integer col = sheet.columns().get(field);
        issues.add(RowIssue.of(sheet.sheet().name(), row, col == null ? -1 : col,
                col == null ? UnitColumns.label(field) : sheet.header(field), message));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", "").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
