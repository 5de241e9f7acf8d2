package cn.quanze.cases.domain;

import cn.quanze.powers.domain.PowerItem;
import java.util.List;

/** One planned step of a case (受理, 审查, 决定, 送达 or the power item's 运行流程 step) with its own limit. */
public record CaseStep(String name, String post, int limitDays) {
    public CaseStep {
        if (limitDays < 0) {
            throw new IllegalArgumentException("limitDays < 0");
        }
    }

    /**
     * The steps of a new case: the cited power item's 运行流程 (a step without a limit gets one working day), or
     * the standard 受理, 审查, 决定, 送达 sharing the legal limit for work without its own process.
     */
    public static List<CaseStep> forCase(PowerItem cited, int legalLimitDays) {
        if (cited != null && !cited.steps().isEmpty()) {
            return cited.steps().stream().map(s -> new CaseStep(s.name(), s.post(),
                    s.limitDays() == null ? 1 : s.limitDays())).toList();
        }
        return List.of(new CaseStep("受理", null, 1), new CaseStep("审查", null, Math.max(0, legalLimitDays - 3)),
                new CaseStep("决定", null, 1), new CaseStep("送达", null, 1));
    }
}
