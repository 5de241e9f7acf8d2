package cn.quanze.powers.domain;

import cn.quanze.core.domain.OfficeLevel;
import java.util.List;

/**
 * One entry of the power list (权力清单). Sub-items (子项) point at their main item through {@code parentId}.
 * Time limits are in working days; {@code null} means 即办 or 无法定时限.
 */
public record PowerItem(
        String id,
        String code,
        String name,
        PowerType type,
        String parentId,
        String departmentId,
        String undertakingOffice,
        OfficeLevel level,
        Integer legalLimitDays,
        Integer promisedLimitDays,
        Fee fee,
        List<LegalBasis> bases,
        List<DiscretionRule> discretion,
        List<ProcessStep> steps,
        ServiceGuide guide,
        PowerStatus status,
        String remarks,
        boolean demo) {

    public PowerItem {
        bases = bases == null ? List.of() : List.copyOf(bases);
        discretion = discretion == null ? List.of() : List.copyOf(discretion);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** 实施依据: a law, its article and the cited text. */
    public record LegalBasis(String law, String article, String text) {
    }

    /** 裁量基准: circumstance (情节), severity, range, unit. */
    public record DiscretionRule(String circumstance, String severity, String range, String unit) {
    }

    /** 运行流程 step with its responsible post and limit in working days. */
    public record ProcessStep(String name, String post, Integer limitDays) {
    }

    /** 收费依据及标准; a {@code null} fee means 不收费. */
    public record Fee(String basis, String standard) {
    }

    /** 办事指南. */
    public record ServiceGuide(String conditions, String materials, String location, String hours, String phone,
                               String supervisionPhone) {
    }

    public boolean isActive() {
        return status == PowerStatus.ACTIVE;
    }
}
