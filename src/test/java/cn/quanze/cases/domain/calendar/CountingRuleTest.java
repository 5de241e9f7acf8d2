package cn.quanze.cases.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.cases.calendar.OfficialCalendarSeeds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counting rule over 春节, 国庆 and every 调休 day of 2025 and 2026. */
class CountingRuleTest {
    static WorkCalendar cal;

    @BeforeAll
    static void load() {
        OfficialCalendarSeeds.Facts f = OfficialCalendarSeeds.load();
        cal = new ChineseWorkCalendar(f.days(), f.confirmedYears(), List.of());
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // an ordinary week: receipt day does not count
        "2026-11-16, 1, 2026-11-17",
        "2026-11-16, 5, 2026-11-23",
        // received on a Saturday: counting starts Monday
        "2026-11-21, 1, 2026-11-23",
        // 2025 春节 1.28-2.4 off; 1.26 (Sun) and 2.8 (Sat) are 调休 working days
        "2025-01-24, 1, 2025-01-26",
        "2025-01-24, 2, 2025-01-27",
        "2025-01-27, 1, 2025-02-05",
        "2025-02-06, 2, 2025-02-08",
        // 2025 国庆+中秋 10.1-10.8 off; 9.28 (Sun) and 10.11 (Sat) are working days
        "2025-09-26, 1, 2025-09-28",
        "2025-09-30, 1, 2025-10-09",
        "2025-10-10, 1, 2025-10-11",
        // 2025 劳动节 5.1-5.5 off, 4.27 (Sun) working
        "2025-04-25, 1, 2025-04-27",
        "2025-04-30, 1, 2025-05-06",
        // 2026 春节 2.15-2.23 off; 2.14 (Sat) and 2.28 (Sat) are working days
        "2026-02-13, 1, 2026-02-14",
        "2026-02-14, 1, 2026-02-24",
        "2026-02-27, 1, 2026-02-28",
        // 2026 国庆 10.1-10.7 off; 9.20 (Sun) and 10.10 (Sat) working
        "2026-09-19, 1, 2026-09-20",
        "2026-09-30, 1, 2026-10-08",
        "2026-10-09, 1, 2026-10-10",
        // a 20-day limit across 国庆 2026
        "2026-09-25, 20, 2026-10-29",
        // zero days: due the day of receipt (即办)
        "2026-10-01, 0, 2026-10-01"
    })
    void deadlines(String received, int n, String expected) {
        assertThat(cal.deadline(d(received), n)).isEqualTo(d(expected));
    }

    @Test
    void every2025And2026MakeUpDayIsAWorkingWeekendDay() {
        List<CalendarDay> makeUp = OfficialCalendarSeeds.load().days().stream()
                .filter(x -> x.kind() == DayKind.WORKDAY && x.date().getYear() >= 2025 && x.date().getYear() <= 2026)
                .toList();
        assertThat(makeUp).hasSizeGreaterThanOrEqualTo(10);
        for (CalendarDay day : makeUp) {
            assertThat(day.date().getDayOfWeek().getValue()).as(day.toString()).isGreaterThanOrEqualTo(6);
            assertThat(cal.isWorkday(day.date())).as(day.toString()).isTrue();
            // a limit that ends on the friday before lands on the make-up day when one more day is counted
            assertThat(cal.deadline(day.date().minusDays(1), 1)).as(day.toString()).isEqualTo(day.date());
        }
    }

    @Test
    void workdaysBetweenIsTheInverseOfDeadline() {
        for (int n = 0; n <= 60; n += 7) {
            LocalDate end = cal.deadline(d("2026-01-20"), n);
            assertThat(cal.workdaysBetween(d("2026-01-20"), end)).isEqualTo(n);
            assertThat(cal.workdaysBetween(end, d("2026-01-20"))).isEqualTo(-n);
        }
    }

    @Test
    void unconfirmed2027IsEstimatedFromStatutoryHolidays() {
        assertThat(cal.isConfirmed(2026)).isTrue();
        assertThat(cal.isConfirmed(2027)).isFalse();
        // 2027 春节: 除夕 2027-02-05, 初一 02-06 … 初三 02-08
        assertThat(cal.isWorkday(d("2027-02-05"))).isFalse();
        assertThat(cal.isWorkday(d("2027-02-08"))).isFalse();
        assertThat(cal.isWorkday(d("2027-02-09"))).isTrue();
        // 元旦, 劳动节, 国庆 by the 放假办法
        assertThat(cal.isWorkday(d("2027-01-01"))).isFalse();
        assertThat(cal.isWorkday(d("2027-05-03"))).isTrue();
        assertThat(cal.isWorkday(d("2027-10-01"))).isFalse();
        // 清明 2027-04-05, 端午 2027-06-09, 中秋 2027-09-15
        assertThat(cal.isWorkday(d("2027-04-05"))).isFalse();
        assertThat(cal.isWorkday(d("2027-06-09"))).isFalse();
        assertThat(cal.isWorkday(d("2027-09-15"))).isFalse();
        assertThat(cal.reachesUnconfirmed(d("2026-12-20"), cal.deadline(d("2026-12-20"), 20))).isTrue();
        assertThat(cal.reachesUnconfirmed(d("2026-11-02"), cal.deadline(d("2026-11-02"), 20))).isFalse();
    }

    @Test
    void localEntriesOverrideOfficialOnes() {
        OfficialCalendarSeeds.Facts f = OfficialCalendarSeeds.load();
        WorkCalendar local = new ChineseWorkCalendar(f.days(), f.confirmedYears(),
                List.of(new CalendarDay(d("2026-11-23"), DayKind.HOLIDAY, "地方节日"),
                        new CalendarDay(d("2026-10-01"), DayKind.WORKDAY, "更正")));
        assertThat(local.isWorkday(d("2026-11-23"))).isFalse();
        assertThat(local.isWorkday(d("2026-10-01"))).isTrue();
        assertThat(local.deadline(d("2026-11-20"), 1)).isEqualTo(d("2026-11-24"));
    }
}
