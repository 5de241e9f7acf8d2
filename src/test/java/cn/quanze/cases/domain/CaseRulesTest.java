package cn.quanze.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.quanze.core.domain.Light;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a clerk may do with a case and the sentence when refused: a new case cites an active power item ("目录之外无权力")
 * or says what other work it is, limits within the law, and each later step only in the state it belongs to.
 */
class CaseRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);

    private static PowerItem power(PowerStatus status, Integer legal, Integer promised) {
        return new PowerItem("p1", "XK-SCJ-001", "食品经营许可", PowerType.LICENSING, null, "scj", null, null, legal,
                promised, null, null, null, null, null, status, null, false);
    }

    private static CaseFile file(CaseBasis basis, String category, String applicant, String matter, LocalDate received,
                                 int legal, Integer promised) {
        return new CaseFile("c1", "BJ-1", basis == CaseBasis.POWER ? "p1" : null, basis, category, applicant, matter,
                received, legal, promised, "scj", null, null, List.of(), false);
    }

    private static CaseFile powerCase() {
        return file(CaseBasis.POWER, null, "上海测试餐饮有限公司", "食品经营许可新办", RECEIVED, 20, 10);
    }

    private static CaseProgress progress(CaseState state, WarningLevel level) {
        return new CaseProgress(state, RECEIVED.plusDays(28), RECEIVED.plusDays(14), RECEIVED.plusDays(14), 10, 5, 5,
                0, 0, Light.GREEN, level, false, false, null, null, null, List.of());
    }

    private static CaseProgress open() {
        return progress(CaseState.OPEN, WarningLevel.NONE);
    }

    private static String refusal(ThrowingCallable call) {
        CaseRuleException e = catchThrowableOfType(CaseRuleException.class, call);
        assertThat(e).as("refused").isNotNull();
        return e.key();
    }

    @Test
    void aPowerBasedCaseCitesAnActivePowerItem() {
        assertThatCode(() -> CaseRules.checkNew(powerCase(), power(PowerStatus.ACTIVE, 20, 10), TODAY))
                .doesNotThrowAnyException();
        assertThat(refusal(() -> CaseRules.checkNew(powerCase(), null, TODAY))).isEqualTo("cases.rule.noPower");
        for (PowerStatus s : List.of(PowerStatus.CANCELLED, PowerStatus.SUSPENDED, PowerStatus.DELEGATED)) {
            CaseRuleException e = catchThrowableOfType(CaseRuleException.class,
                    () -> CaseRules.checkNew(powerCase(), power(s, 20, 10), TODAY));
            assertThat(e.key()).isEqualTo("cases.rule.inactivePower");
            assertThat(e.args()).containsExactly("XK-SCJ-001", "食品经营许可");
        }
        assertThat(CaseRules.mayBeCited(power(PowerStatus.ACTIVE, 20, 10))).isTrue();
        assertThat(CaseRules.mayBeCited(power(PowerStatus.CANCELLED, 20, 10))).isFalse();
    }

    @Test
    void workThatIsNotPowerBasedSaysWhatItIs() {
        CaseFile other = file(CaseBasis.NOT_POWER_BASED, "信访件", "张三", "反映噪声扰民", RECEIVED, 15, null);
        assertThatCode(() -> CaseRules.checkNew(other, null, TODAY)).doesNotThrowAnyException();
        for (String blank : new String[] {null, "", "  "}) {
            assertThat(refusal(() -> CaseRules.checkNew(file(CaseBasis.NOT_POWER_BASED, blank, "张三", "反映噪声扰民",
                    RECEIVED, 15, null), null, TODAY))).isEqualTo("cases.rule.noCategory");
        }
    }

    @Test
    void anApplicantAMatterAndAReceivedDayNotInTheFutureAreRequired() {
        PowerItem p = power(PowerStatus.ACTIVE, 20, 10);
        assertThat(refusal(() -> CaseRules.checkNew(file(CaseBasis.POWER, null, " ", "事项", RECEIVED, 20, 10), p,
                TODAY))).isEqualTo("cases.rule.noApplicant");
        assertThat(refusal(() -> CaseRules.checkNew(file(CaseBasis.POWER, null, null, "事项", RECEIVED, 20, 10), p,
                TODAY))).isEqualTo("cases.rule.noApplicant");
        assertThat(refusal(() -> CaseRules.checkNew(file(CaseBasis.POWER, null, "甲", "", RECEIVED, 20, 10), p,
                TODAY))).isEqualTo("cases.rule.noMatter");
        assertThat(refusal(() -> CaseRules.checkNew(file(CaseBasis.POWER, null, "甲", "事项", null, 20, 10), p,
                TODAY))).isEqualTo("cases.rule.noReceived");
        assertThat(refusal(() -> CaseRules.checkNew(file(CaseBasis.POWER, null, "甲", "事项", TODAY.plusDays(1), 20,
                10), p, TODAY))).isEqualTo("cases.rule.receivedInFuture");
        assertThatCode(() -> CaseRules.checkNew(file(CaseBasis.POWER, null, "甲", "事项", TODAY, 20, 10), p, TODAY))
                .doesNotThrowAnyException();
        assertThat(refusal(() -> CaseRules.checkNew(file(CaseBasis.POWER, null, "甲", "事项", RECEIVED, 20, 21), p,
                TODAY))).isEqualTo("cases.rule.badPromisedLimit");
    }

    @ParameterizedTest(name = "legal {0}, promised {1}")
    @CsvSource(nullValues = "null", value = {"0, null", "0, 0", "20, 20", "20, 0", "3650, null", "3650, 3650"})
    void limitsWithinTheLawAreAccepted(int legal, Integer promised) {
        assertThatCode(() -> CaseRules.checkLimits(legal, promised)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "legal {0}, promised {1}: {2}")
    @CsvSource(nullValues = "null", value = {"-1, null, cases.rule.badLegalLimit", "3651, null, cases.rule.badLegalLimit",
        "20, 21, cases.rule.badPromisedLimit", "20, -1, cases.rule.badPromisedLimit"})
    void otherLimitsAreRefused(int legal, Integer promised, String key) {
        assertThat(refusal(() -> CaseRules.checkLimits(legal, promised))).isEqualTo(key);
    }

    @Test
    void limitsOtherThanThePowerItemsNeedAReason() {
        PowerItem p = power(PowerStatus.ACTIVE, 20, 10);
        assertThat(CaseRules.checkLimitsAgainst(p, 20, 10, null)).isFalse();
        assertThat(CaseRules.checkLimitsAgainst(null, 5, null, null)).isFalse();
        CaseRuleException e = catchThrowableOfType(CaseRuleException.class,
                () -> CaseRules.checkLimitsAgainst(p, 15, 10, " "));
        assertThat(e.key()).isEqualTo("cases.rule.limitsNeedReason");
        assertThat(e.args()).containsExactly(20, 10);
        assertThat(refusal(() -> CaseRules.checkLimitsAgainst(p, 20, 5, null))).isEqualTo("cases.rule.limitsNeedReason");
        assertThat(refusal(() -> CaseRules.checkLimitsAgainst(p, 20, null, ""))).isEqualTo("cases.rule.limitsNeedReason");
        assertThat(CaseRules.checkLimitsAgainst(p, 15, 10, "现场核查需要")).isTrue();
        CaseRuleException none = catchThrowableOfType(CaseRuleException.class,
                () -> CaseRules.checkLimitsAgainst(power(PowerStatus.ACTIVE, null, null), 15, null, null));
        assertThat(none.args()).containsExactly("—", "—");
        assertThat(CaseRules.checkLimitsAgainst(power(PowerStatus.ACTIVE, null, null), 15, null, "无法定时限")).isTrue();
    }

    @Test
    void theLimitsOfAnOpenCaseChangeWithAReason() {
        assertThatCode(() -> CaseRules.checkLimitChange(open(), "文件调整")).doesNotThrowAnyException();
        assertThat(refusal(() -> CaseRules.checkLimitChange(open(), " "))).isEqualTo("cases.rule.noReason");
        assertThat(refusal(() -> CaseRules.checkLimitChange(progress(CaseState.COMPLETED, WarningLevel.NONE),
                "文件调整"))).isEqualTo("cases.rule.completed");
    }

    @Test
    void onlyAnOpenCaseIsSuspendedWithAReasonOnOrAfterItsReceipt() {
        assertThatCode(() -> CaseRules.checkSuspend(open(), SuspensionReason.CORRECTION, RECEIVED, RECEIVED))
                .doesNotThrowAnyException();
        assertThat(refusal(() -> CaseRules.checkSuspend(progress(CaseState.SUSPENDED, WarningLevel.NONE),
                SuspensionReason.CORRECTION, TODAY, RECEIVED))).isEqualTo("cases.rule.alreadySuspended");
        assertThat(refusal(() -> CaseRules.checkSuspend(progress(CaseState.COMPLETED, WarningLevel.NONE),
                SuspensionReason.CORRECTION, TODAY, RECEIVED))).isEqualTo("cases.rule.completed");
        assertThat(refusal(() -> CaseRules.checkSuspend(open(), null, TODAY, RECEIVED)))
                .isEqualTo("cases.rule.noSuspensionReason");
        assertThat(refusal(() -> CaseRules.checkSuspend(open(), SuspensionReason.HEARING, RECEIVED.minusDays(1),
                RECEIVED))).isEqualTo("cases.rule.dateTooEarly");
        assertThat(refusal(() -> CaseRules.checkSuspend(open(), SuspensionReason.HEARING, null, RECEIVED)))
                .isEqualTo("cases.rule.noDate");
    }

    @Test
    void onlyASuspendedCaseResumesAndNotBeforeItStopped() {
        CaseProgress suspended = progress(CaseState.SUSPENDED, WarningLevel.NONE);
        LocalDate since = LocalDate.of(2026, 11, 16);
        assertThatCode(() -> CaseRules.checkResume(suspended, since, since)).doesNotThrowAnyException();
        assertThat(refusal(() -> CaseRules.checkResume(open(), TODAY, since))).isEqualTo("cases.rule.notSuspended");
        CaseRuleException early = catchThrowableOfType(CaseRuleException.class,
                () -> CaseRules.checkResume(suspended, since.minusDays(1), since));
        assertThat(early.key()).isEqualTo("cases.rule.dateTooEarly");
        assertThat(early.args()).containsExactly(since.minusDays(1), since);
        assertThatCode(() -> CaseRules.checkResume(suspended, TODAY, null)).doesNotThrowAnyException();
    }

    @Test
    void anExtensionIsAtLeastOneDayApprovedAndExplained() {
        assertThatCode(() -> CaseRules.checkExtend(open(), 1, "副局长 马建国", "需现场核查")).doesNotThrowAnyException();
        assertThat(refusal(() -> CaseRules.checkExtend(open(), 0, "副局长 马建国", "需现场核查")))
                .isEqualTo("cases.rule.badExtension");
        assertThat(refusal(() -> CaseRules.checkExtend(open(), 10, " ", "需现场核查"))).isEqualTo("cases.rule.noApprover");
        assertThat(refusal(() -> CaseRules.checkExtend(open(), 10, "副局长 马建国", null))).isEqualTo("cases.rule.noReason");
        assertThat(refusal(() -> CaseRules.checkExtend(progress(CaseState.COMPLETED, WarningLevel.NONE), 10,
                "副局长 马建国", "需现场核查"))).isEqualTo("cases.rule.completed");
        assertThatCode(() -> CaseRules.checkExtend(progress(CaseState.SUSPENDED, WarningLevel.NONE), 10, "副局长 马建国",
                "需现场核查")).doesNotThrowAnyException();
    }

    @Test
    void completionNeedsAResultAndADayOnOrAfterReceipt() {
        assertThatCode(() -> CaseRules.checkComplete(open(), RECEIVED, RECEIVED, "准予许可")).doesNotThrowAnyException();
        assertThat(refusal(() -> CaseRules.checkComplete(open(), TODAY, RECEIVED, ""))).isEqualTo("cases.rule.noResult");
        assertThat(refusal(() -> CaseRules.checkComplete(open(), RECEIVED.minusDays(1), RECEIVED, "准予许可")))
                .isEqualTo("cases.rule.dateTooEarly");
        assertThat(refusal(() -> CaseRules.checkComplete(progress(CaseState.COMPLETED, WarningLevel.NONE), TODAY,
                RECEIVED, "准予许可"))).isEqualTo("cases.rule.completed");
    }

    @Test
    void onlyAnAlarmIsAcknowledgedAndWithANote() {
        CaseProgress alarm = progress(CaseState.OPEN, WarningLevel.ALARM);
        assertThatCode(() -> CaseRules.checkAcknowledge(alarm, "已督促承办人")).doesNotThrowAnyException();
        assertThat(refusal(() -> CaseRules.checkAcknowledge(alarm, " "))).isEqualTo("cases.rule.noNote");
        assertThat(refusal(() -> CaseRules.checkAcknowledge(progress(CaseState.OPEN, WarningLevel.WARNING),
                "已督促承办人"))).isEqualTo("cases.rule.notAlarm");
    }

    @Test
    void aCaseStepHasNoNegativeLimitAndANewCaseGetsItsPowerItemsProcess() {
        assertThatCode(() -> new CaseStep("受理", null, 0)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new CaseStep("受理", null, -1)))
                .isNotNull();
        PowerItem withProcess = new PowerItem("p1", "XK-1", "许可", PowerType.LICENSING, null, "scj", null, null, 20,
                10, null, null, null, List.of(new PowerItem.ProcessStep("受理", "窗口", 1),
                new PowerItem.ProcessStep("审核", "科室", null)), null, PowerStatus.ACTIVE, null, false);
        assertThat(CaseStep.forCase(withProcess, 20)).containsExactly(new CaseStep("受理", "窗口", 1),
                new CaseStep("审核", "科室", 1));
        assertThat(CaseStep.forCase(power(PowerStatus.ACTIVE, 20, 10), 20)).containsExactly(
                new CaseStep("受理", null, 1), new CaseStep("审查", null, 17), new CaseStep("决定", null, 1),
                new CaseStep("送达", null, 1));
        assertThat(CaseStep.forCase(null, 2)).extracting(CaseStep::limitDays).containsExactly(1, 0, 1, 1);
    }

    @Test
    void suspensionReasonsAreReadByTheirNames() {
        for (SuspensionReason r : SuspensionReason.values()) {
            assertThat(SuspensionReason.fromOfficialName(r.officialName())).contains(r);
            assertThat(SuspensionReason.fromOfficialName(r.name().toLowerCase())).contains(r);
        }
        assertThat(SuspensionReason.CORRECTION.officialName()).isEqualTo("补正材料");
        assertThat(SuspensionReason.fromOfficialName("休假")).isEmpty();
    }

    @Test
    void lightThresholdsStayWithinSense() {
        assertThatCode(() -> new LightThresholds(0, 1)).doesNotThrowAnyException();
        assertThatCode(() -> new LightThresholds(5, 100)).doesNotThrowAnyException();
        for (int[] bad : new int[][] {{-1, 80}, {2, 0}, {2, 101}}) {
            assertThat(catchThrowableOfType(IllegalArgumentException.class,
                    () -> new LightThresholds(bad[0], bad[1]))).as(bad[0] + "/" + bad[1]).isNotNull();
        }
    }
}
