package cn.quanze.powers.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules of the power list. "目录之外无权力": only an item in use (在用) may be cited by a new case; a
 * cancelled, suspended or delegated item stays in the list (and in the history) but cannot be cited.
 */
public final class PowerRules {
    /** 职权编码: 2-40 letters, digits, '-', '_' or '.', starting with a letter or digit. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{1,39}");

    private PowerRules() {
    }

    /** Whether a new case (办件) may cite this item. The cases register calls this. */
    public static boolean citableByNewCase(PowerItem item) {
        return item != null && item.status() == PowerStatus.ACTIVE;
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Field problems of one item on its own (uniqueness needs the list: see the callers). */
    public static List<PowerViolation> validate(PowerItem p) {
        List<PowerViolation> out = new ArrayList<>();
        if (p.code() == null || p.code().isBlank()) {
            out.add(PowerViolation.CODE_MISSING);
        } else if (!isValidCode(p.code())) {
            out.add(PowerViolation.CODE_FORMAT);
        }
        if (p.name() == null || p.name().isBlank()) {
            out.add(PowerViolation.NAME_MISSING);
        }
        if (p.type() == null) {
            out.add(PowerViolation.TYPE_MISSING);
        }
        if (p.departmentId() == null || p.departmentId().isBlank()) {
            out.add(PowerViolation.DEPARTMENT_MISSING);
        }
        if (negative(p.legalLimitDays()) || negative(p.promisedLimitDays())) {
            out.add(PowerViolation.NEGATIVE_LIMIT);
        } else if (!promisedWithinLegal(p.legalLimitDays(), p.promisedLimitDays())) {
            out.add(PowerViolation.PROMISED_EXCEEDS_LEGAL);
        }
        return out;
    }

    /** 承诺时限 ≤ 法定时限 when both are set. */
    public static boolean promisedWithinLegal(Integer legal, Integer promised) {
        return legal == null || promised == null || promised <= legal;
    }

    private static boolean negative(Integer days) {
        return days != null && days < 0;
    }

    /** The item after an adjustment of the given kind (status only; 变更 edits come from the form). */
    public static PowerItem afterAdjustment(PowerItem p, AdjustmentKind kind) {
        return kind.resultingStatus().map(s -> withStatus(p, s)).orElse(p);
    }

    public static PowerItem withStatus(PowerItem p, PowerStatus s) {
        return new PowerItem(p.id(), p.code(), p.name(), p.type(), p.parentId(), p.departmentId(), p.undertakingOffice(),
                p.level(), p.legalLimitDays(), p.promisedLimitDays(), p.fee(), p.bases(), p.discretion(), p.steps(),
                p.guide(), s, p.remarks(), p.demo());
    }
}
