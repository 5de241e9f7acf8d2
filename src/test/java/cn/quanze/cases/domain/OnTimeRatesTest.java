package cn.quanze.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The on-time rates and 提速率 of the statistics tab, for a department with and without completed cases. */
class OnTimeRatesTest {
    @Test
    void ratesAreOverTheCompletedCases() {
        CaseStatistics.Row r = new CaseStatistics.Row("区市场监管局", 10, 4, 3, 4, 1, 5.0, 8.0, 20.0);
        assertThat(r.onTimePromisedRate()).isCloseTo(0.75, within(1e-9));
        assertThat(r.onTimeLegalRate()).isCloseTo(1.0, within(1e-9));
        assertThat(r.speedUpRate()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void withNothingCompletedEveryRateIsZero() {
        CaseStatistics.Row r = new CaseStatistics.Row("区民政局", 3, 0, 0, 0, 3, 0, 0, 0);
        assertThat(r.onTimePromisedRate()).isZero();
        assertThat(r.onTimeLegalRate()).isZero();
        assertThat(r.speedUpRate()).isZero();
    }
}
