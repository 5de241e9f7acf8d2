package cn.quanze.domain.cases;

/** One planned step of a case (受理, 审查, 决定, 送达 or the power item's 运行流程 step) with its own limit. */
public record CaseStep(String name, String post, int limitDays) {
    public CaseStep {
        if (limitDays < 0) {
            throw new IllegalArgumentException("limitDays < 0");
        }
    }
}
