package cn.quanze.duties.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.powers.domain.PowerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 责任环节 as catalogs write them, and the stage set a new duty starts with. */
class DutyStageTest {
    @ParameterizedTest
    @EnumSource(DutyStage.class)
    void everyStageIsReadWithAndWithoutTheWordResponsibility(DutyStage s) {
        assertThat(DutyStage.fromOfficialName(s.officialName())).contains(s);
        assertThat(DutyStage.fromOfficialName(s.dutyName())).contains(s);
        assertThat(DutyStage.fromOfficialName(" " + s.dutyName() + " ")).contains(s);
        assertThat(DutyStage.fromOfficialName(s.name().toLowerCase())).contains(s);
        assertThat(s.dutyName()).isEqualTo(s.officialName() + "责任");
    }

    @Test
    void unknownStagesAreNotGuessed() {
        assertThat(DutyStage.fromOfficialName("责任")).isEmpty();
        assertThat(DutyStage.fromOfficialName("审批责任")).isEmpty();
        assertThat(DutyStage.fromOfficialName(null)).isEmpty();
        assertThat(DutyStage.ACCEPT.officialName()).isEqualTo("受理");
    }

    @Test
    void penaltiesFollowTheProcedureOfTheAdministrativePenaltyLawOthersTheStandardStages() {
        assertThat(DutyStage.standardFor(PowerType.PENALTY)).containsExactly(DutyStage.FILE_CASE,
                DutyStage.INVESTIGATE, DutyStage.HEAR, DutyStage.NOTIFY, DutyStage.DECIDE, DutyStage.DELIVER,
                DutyStage.ENFORCE);
        for (PowerType t : PowerType.values()) {
            if (t != PowerType.PENALTY) {
                assertThat(DutyStage.standardFor(t)).as(t.name()).containsExactly(DutyStage.ACCEPT, DutyStage.REVIEW,
                        DutyStage.DECIDE, DutyStage.DELIVER, DutyStage.POST_SUPERVISION, DutyStage.OTHER);
            }
        }
    }
}
