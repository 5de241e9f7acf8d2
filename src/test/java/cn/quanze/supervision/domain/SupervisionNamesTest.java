package cn.quanze.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Chinese names a ledger (督办台账) import reads for 来源, 反馈周期, 状态 and 重要程度, and which states are open. */
class SupervisionNamesTest {
    @ParameterizedTest
    @EnumSource(SupervisionSource.class)
    void sources(SupervisionSource s) {
        assertThat(SupervisionSource.fromOfficialName(s.officialName())).contains(s);
        assertThat(SupervisionSource.fromOfficialName(s.name().toLowerCase())).contains(s);
    }

    @ParameterizedTest
    @EnumSource(FeedbackCycle.class)
    void cycles(FeedbackCycle c) {
        assertThat(FeedbackCycle.fromOfficialName(c.officialName())).contains(c);
        assertThat(FeedbackCycle.fromOfficialName(c.name().toLowerCase())).contains(c);
    }

    @ParameterizedTest
    @EnumSource(SupervisionState.class)
    void states(SupervisionState s) {
        assertThat(SupervisionState.fromOfficialName(s.officialName())).contains(s);
        assertThat(SupervisionState.fromOfficialName(s.name().toLowerCase())).contains(s);
    }

    @Test
    void theNamesAreTheOnesOnPaper() {
        assertThat(SupervisionSource.DEPUTY_PROPOSAL.officialName()).isEqualTo("人大建议/政协提案");
        assertThat(FeedbackCycle.QUARTERLY.officialName()).isEqualTo("每季度");
        assertThat(SupervisionState.COMPLETION_REQUESTED.officialName()).isEqualTo("申请办结");
    }

    @Test
    void unknownNamesAreNotGuessed() {
        assertThat(SupervisionSource.fromOfficialName("网络舆情")).isEmpty();
        assertThat(FeedbackCycle.fromOfficialName("每天")).isEmpty();
        assertThat(SupervisionState.fromOfficialName("办理")).isEmpty();
        assertThat(SupervisionState.fromOfficialName(null)).isEmpty();
    }

    @Test
    void importanceIsMajorOnlyWhenSaidSo() {
        assertThat(Importance.fromOfficialName("重大")).isEqualTo(Importance.MAJOR);
        assertThat(Importance.fromOfficialName("major")).isEqualTo(Importance.MAJOR);
        assertThat(Importance.fromOfficialName("一般")).isEqualTo(Importance.NORMAL);
        assertThat(Importance.fromOfficialName(null)).isEqualTo(Importance.NORMAL);
        assertThat(Importance.MAJOR.officialName()).isEqualTo("重大");
        assertThat(Importance.NORMAL.officialName()).isEqualTo("一般");
    }

    @Test
    void completedArchivedAndWithdrawnItemsAreClosedTheRestOpen() {
        EnumSet<SupervisionState> closed = EnumSet.of(SupervisionState.COMPLETED, SupervisionState.ARCHIVED,
                SupervisionState.WITHDRAWN);
        for (SupervisionState s : SupervisionState.values()) {
            assertThat(s.isOpen()).as(s.name()).isEqualTo(!closed.contains(s));
        }
    }
}
