package cn.quanze.duties.domain;

import java.util.List;

/**
 * The responsibility entry of one power item (责任清单 事项): its 责任事项 by stage and its numbered 追责情形.
 * One record per power item, so editing a catalog entry is one revision.
 */
public record Duty(String id, String powerItemId, List<StageDuty> stages, List<AccountabilityCase> cases,
                   String remarks, boolean demo) {

    public Duty {
        stages = stages == null ? List.of() : List.copyOf(stages);
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    /** 责任事项 of one stage: what the implementing body must do, and the basis for it. */
    public record StageDuty(DutyStage stage, String content, String basis) {
    }

    public boolean hasDuties() {
        return !stages.isEmpty();
    }

    public boolean hasCases() {
        return !cases.isEmpty();
    }

    public Duty with(List<StageDuty> newStages, List<AccountabilityCase> newCases) {
        return new Duty(id, powerItemId, newStages, newCases, remarks, demo);
    }
}
