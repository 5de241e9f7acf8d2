package cn.quanze.powers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The names published power lists use for 职权类型 and status, as an import reads them. */
class PowerNamesTest {
    @ParameterizedTest
    @EnumSource(PowerType.class)
    void everyTypeIsReadBackFromItsOfficialNameAndItsConstant(PowerType t) {
        assertThat(PowerType.fromOfficialName(t.officialName())).contains(t);
        assertThat(PowerType.fromOfficialName(" " + t.officialName() + " ")).contains(t);
        assertThat(PowerType.fromOfficialName(t.name().toLowerCase())).contains(t);
    }

    @ParameterizedTest
    @CsvSource({"许可, LICENSING", "处罚, PENALTY", "强制, COERCION", "征收, LEVY", "给付, PAYMENT", "检查, INSPECTION",
        "确认, CONFIRMATION", "奖励, REWARD", "裁决, ADJUDICATION", "其他, OTHER", "其他权力, OTHER",
        "其他行政权力, OTHER"})
    void publishedListsMayDropThePrefix(String text, PowerType expected) {
        assertThat(PowerType.fromOfficialName(text)).contains(expected);
    }

    @Test
    void theOfficialNamesAreTheLegalTerms() {
        assertThat(PowerType.LICENSING.officialName()).isEqualTo("行政许可");
        assertThat(PowerType.OTHER.officialName()).isEqualTo("其他行政权力");
        assertThat(PowerStatus.ACTIVE.officialName()).isEqualTo("在用");
    }

    @Test
    void unknownTypesAreNotGuessed() {
        assertThat(PowerType.fromOfficialName("未知")).isEmpty();
        assertThat(PowerType.fromOfficialName("行政")).isEmpty();
        assertThat(PowerType.fromOfficialName("")).isEmpty();
        assertThat(PowerType.fromOfficialName(null)).isEmpty();
        assertThat(PowerType.fromOfficialName("其他许可")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PowerStatus.class)
    void everyStatusIsReadBackFromItsNameAndConstant(PowerStatus s) {
        assertThat(PowerStatus.fromOfficialName(s.officialName())).contains(s);
        assertThat(PowerStatus.fromOfficialName(s.name().toLowerCase())).contains(s);
    }

    @Test
    void unknownStatusesAreNotGuessed() {
        assertThat(PowerStatus.fromOfficialName("停用")).isEmpty();
        assertThat(PowerStatus.fromOfficialName(null)).isEmpty();
    }
}
