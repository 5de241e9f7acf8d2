package cn.quanze.duties.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cell text of the one-table layout: what we write reads back, and common published variants read too. */
class DutyTextTest {
    @Test
    void writtenTextReadsBack() {
        List<Duty.StageDuty> stages = List.of(
                new Duty.StageDuty(DutyStage.FILE_CASE, "符合立案标准的及时立案。", "《中华人民共和国行政处罚法》第五十四条"),
                new Duty.StageDuty(DutyStage.OTHER, "法律法规规章规定应当履行的其他责任。", null));
        List<AccountabilityCase> cases = List.of(new AccountabilityCase(1, "没有法定的行政处罚依据的",
                "《中华人民共和国行政处罚法》第七十六条"));
        List<DutyText.Problem> problems = new ArrayList<>();
        assertThat(DutyText.parseStages(DutyText.stages(stages), problems)).isEqualTo(stages);
        assertThat(DutyText.parseCases(DutyText.cases(cases), problems)).isEqualTo(cases);
        assertThat(problems).isEmpty();
    }

    @Test
    void publishedVariantsAndContinuationLines() {
        List<DutyText.Problem> problems = new ArrayList<>();
        List<Duty.StageDuty> stages = DutyText.parseStages(
                "1、受理责任：公示应当提交的材料，\n一次性告知补正材料。\n（2）审查：对申请材料进行审查。", problems);
        assertThat(stages).extracting(Duty.StageDuty::stage).containsExactly(DutyStage.ACCEPT, DutyStage.REVIEW);
        assertThat(stages.get(0).content()).isEqualTo("公示应当提交的材料，\n一次性告知补正材料。");
        List<AccountabilityCase> cases = DutyText.parseCases(
                "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：\n1.不予受理的；\n2.2026年以后仍未整改的",
                problems);
        assertThat(cases).extracting(AccountabilityCase::text).containsExactly("不予受理的；", "2026年以后仍未整改的");
        assertThat(problems).isEmpty();
        DutyText.parseStages("开头没有编号的一行\n1.不存在环节责任：内容", problems);
        assertThat(problems).extracting(DutyText.Problem::line).containsExactly(1, 1);
    }
}
