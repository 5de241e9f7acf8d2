package cn.quanze.powers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The power list's own rules: which items a new case may cite, the code format, and one item's field checks. */
class PowerRulesTest {
    static PowerItem item(String code, String name, PowerType type, String department, Integer legal, Integer promised,
                          PowerStatus status) {
        return new PowerItem("p1", code, name, type, null, department, null, null, legal, promised, null, null, null,
                List.of(new PowerItem.ProcessStep("受理", "窗口", 1)), null, status, "备注", true);
    }

    static PowerItem valid() {
        return item("XK-SCJ-001", "食品经营许可", PowerType.LICENSING, "scj", 20, 10, PowerStatus.ACTIVE);
    }

    @Test
    void onlyAnItemInUseMayBeCitedByANewCase() {
        assertThat(PowerRules.citableByNewCase(valid())).isTrue();
        for (PowerStatus s : List.of(PowerStatus.SUSPENDED, PowerStatus.CANCELLED, PowerStatus.DELEGATED)) {
            assertThat(PowerRules.citableByNewCase(PowerRules.withStatus(valid(), s))).as(s.name()).isFalse();
        }
        assertThat(PowerRules.citableByNewCase(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XK", "XK-SCJ-001", "0.1_a", "A234567890123456789012345678901234567890"})
    void codesOfTwoToFortyLettersDigitsAndSeparatorsAreValid(String code) {
        assertThat(PowerRules.isValidCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X", "-XK", "XK 001", "许可001", "A2345678901234567890123456789012345678901", ""})
    void otherCodesAreNot(String code) {
        assertThat(PowerRules.isValidCode(code)).isFalse();
    }

    @Test
    void aMissingCodeIsNotValidEither() {
        assertThat(PowerRules.isValidCode(null)).isFalse();
    }

    @Test
    void aCompleteItemHasNoProblems() {
        assertThat(PowerRules.validate(valid())).isEmpty();
        assertThat(PowerRules.validate(item("XK-1", "无时限事项", PowerType.OTHER, "scj", null, null, PowerStatus.ACTIVE)))
                .isEmpty();
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(PowerRules.validate(item(null, null, null, null, 20, 10, PowerStatus.ACTIVE)))
                .containsExactly(PowerViolation.CODE_MISSING, PowerViolation.NAME_MISSING, PowerViolation.TYPE_MISSING,
                        PowerViolation.DEPARTMENT_MISSING);
        assertThat(PowerRules.validate(item(" ", " ", PowerType.LICENSING, " ", 20, 10, PowerStatus.ACTIVE)))
                .containsExactly(PowerViolation.CODE_MISSING, PowerViolation.NAME_MISSING,
                        PowerViolation.DEPARTMENT_MISSING);
        assertThat(PowerRules.validate(item("许可", "名称", PowerType.LICENSING, "scj", 20, 10, PowerStatus.ACTIVE)))
                .containsExactly(PowerViolation.CODE_FORMAT);
    }

    @ParameterizedTest(name = "legal {0}, promised {1}: {2}")
    @CsvSource(nullValues = "null", value = {
        "20, 20, ",
        "20, 0, ",
        "0, 0, ",
        "null, 5, ",
        "20, null, ",
        "20, 21, PROMISED_EXCEEDS_LEGAL",
        "-1, null, NEGATIVE_LIMIT",
        "null, -1, NEGATIVE_LIMIT",
        "5, -1, NEGATIVE_LIMIT",
        "-1, 5, NEGATIVE_LIMIT"
    })
    void limitsAreWorkingDaysAndThePromiseIsWithinTheLaw(Integer legal, Integer promised, PowerViolation expected) {
        List<PowerViolation> problems = PowerRules.validate(item("XK-1", "事项", PowerType.LICENSING, "scj", legal,
                promised, PowerStatus.ACTIVE));
        if (expected == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsExactly(expected);
        }
    }

    @Test
    void promisedWithinLegalOnlyWhenBothAreSet() {
        assertThat(PowerRules.promisedWithinLegal(10, 10)).isTrue();
        assertThat(PowerRules.promisedWithinLegal(10, 11)).isFalse();
        assertThat(PowerRules.promisedWithinLegal(null, 11)).isTrue();
        assertThat(PowerRules.promisedWithinLegal(10, null)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(AdjustmentKind.class)
    void anAdjustmentChangesTheStatusAndNothingElse(AdjustmentKind kind) {
        PowerItem before = valid();
        PowerItem after = PowerRules.afterAdjustment(before, kind);
        assertThat(after.status()).isEqualTo(kind.resultingStatus().orElse(before.status()));
        assertThat(PowerRules.withStatus(after, before.status())).isEqualTo(before);
    }

    @Test
    void cancellingAndDelegatingTakeTheItemOutOfUse() {
        assertThat(PowerRules.afterAdjustment(valid(), AdjustmentKind.CANCEL).status()).isEqualTo(PowerStatus.CANCELLED);
        assertThat(PowerRules.afterAdjustment(valid(), AdjustmentKind.DELEGATE).status())
                .isEqualTo(PowerStatus.DELEGATED);
    }
}
