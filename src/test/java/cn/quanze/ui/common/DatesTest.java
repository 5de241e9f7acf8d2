package cn.quanze.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.i18n.I18n;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one date parser of the forms: every way an office writes a date, and what is not a date. */
class DatesTest {
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);
    private static final LocalDate FIFTH_OF_JANUARY = LocalDate.of(2026, 1, 5);

    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-31", "2026/12/31", "2026.12.31", "2026年12月31日", " 2026-12-31 ", "2026年12月31",
        "2026 年 12 月 31 日", "２０２６年１２月３１日", "２０２６／１２／３１", "2026年12月31号"})
    void readsEveryWayOfWritingTheLastDayOf2026(String text) {
        assertThat(Dates.parse(text)).contains(NEW_YEARS_EVE);
        assertThat(Dates.problem("受理日期", text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026/1/5", "2026年1月5日", "2026-1-5", "2026.1.5", "2026/01/05", "2026-01-5"})
    void leadingZerosMayBeLeftOut(String text) {
        assertThat(Dates.parse(text)).contains(FIFTH_OF_JANUARY);
    }

    @Test
    void theTablesFormatIsWhatTheFieldsShow() {
        assertThat(Dates.format(FIFTH_OF_JANUARY)).isEqualTo("2026-01-05");
        assertThat(Dates.format(null)).isEmpty();
        assertThat(Dates.parse(Dates.format(NEW_YEARS_EVE))).contains(NEW_YEARS_EVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026年2月30日", "2026-02-30", "2026/2/29", "2026.4.31", "2026年13月1日", "2026-00-10",
        "2026/12/0", "明天", "12/31/2026", "31.12.2026", "2026/12-31", "20261231", "2026年12月", "2026-12-31 9:00", "26/1/5"})
    void whatIsNotADateIsRefusedNeverMovedToAnotherDay(String text) {
        assertThat(Dates.parse(text)).isEmpty();
        assertThat(Dates.problem("受理日期", text)).startsWith("受理日期：").contains(text.strip());
    }

    @Test
    void theMessageNamesTheFieldAndSaysWhatIsWrong() {
        assertThat(Dates.problem("办理时限", "2026年2月30日")).isEqualTo("办理时限：“2026年2月30日”不是有效日期，2026年2月没有30日");
        assertThat(Dates.problem("办理时限", "2026-13-01")).isEqualTo("办理时限：“2026-13-01”不是有效日期，没有 13 月");
        assertThat(Dates.problem("生效日期", "下周一")).contains("生效日期").contains("下周一").contains("2026-12-31")
                .contains("2026年12月31日");
        assertThat(Dates.parse("2028年2月29日")).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void blankIsNoDateAndNoProblem() {
        assertThat(Dates.parse("")).isEmpty();
        assertThat(Dates.parse(null)).isEmpty();
        assertThat(Dates.problem("受理日期", "  ")).isNull();
        assertThat(Dates.problem("受理日期", null)).isNull();
    }
}
