package cn.quanze.cases.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.cases.calendar.OfficialCalendarSeeds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indexed calendar the deadlines are computed with gives the day-by-day walk's answers: inside its table, on
 * its first and last days, before and after it, and for limits that run past its end.
 */
class IndexedWorkCalendarTest {
    private static final LocalDate FROM = LocalDate.of(2024, 12, 1);
    private static final LocalDate TO = LocalDate.of(2027, 2, 28);
    static WorkCalendar walk;
    static IndexedWorkCalendar indexed;

    @BeforeAll
    static void load() {
        OfficialCalendarSeeds.Facts f = OfficialCalendarSeeds.load();
        WorkCalendar official = new ChineseWorkCalendar(f.days(), f.confirmedYears(), List.of());
        walk = new WorkCalendar() { // the interface's own day-by-day rules over the official days
            @Override
            public boolean isWorkday(LocalDate date) {
                return official.isWorkday(date);
            }

            @Override
            public boolean isConfirmed(int year) {
                return official.isConfirmed(year);
            }
        };
        indexed = new IndexedWorkCalendar(walk, 2025, 2026);
    }

    @Test
    void everyDayIsAWorkdayExactlyWhenTheOfficialCalendarSaysSo() {
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            assertThat(indexed.isWorkday(d)).as(d.toString()).isEqualTo(walk.isWorkday(d));
        }
    }

    @Test
    void everyDeadlineOfUpToFortyWorkingDaysIsTheWalks() {
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            for (int n = -1; n <= 40; n++) {
                assertThat(indexed.deadline(d, n)).as(d + " + " + n).isEqualTo(walk.deadline(d, n));
            }
        }
    }

    @Test
    void aLimitReceivedOnAHolidayOrWeekendStartsCountingAtTheNextWorkingDay() {
        assertThat(indexed.deadline(LocalDate.of(2026, 10, 3), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(indexed.deadline(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(indexed.deadline(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void workdaysBetweenAreTheWalksInBothDirections() {
        List<LocalDate> days = List.of(FROM, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 26), LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 14),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4), TO);
        for (LocalDate a : days) {
            for (LocalDate b : days) {
                assertThat(indexed.workdaysBetween(a, b)).as(a + " → " + b).isEqualTo(walk.workdaysBetween(a, b));
            }
        }
    }

    @Test
    void theTableCoversItsYearsFromTheirFirstToTheirLastDay() {
        assertThat(indexed.dayIndex(LocalDate.of(2025, 1, 1))).isZero();
        assertThat(indexed.dayIndex(LocalDate.of(2026, 12, 31))).isEqualTo(729);
        assertThat(indexed.dayIndex(LocalDate.of(2024, 12, 31))).isEqualTo(-1);
        assertThat(indexed.dayIndex(LocalDate.of(2027, 1, 1))).isEqualTo(-1);
        LocalDate a = LocalDate.of(2025, 3, 3);
        LocalDate b = LocalDate.of(2026, 11, 20);
        assertThat(indexed.countedAt(indexed.dayIndex(b)) - indexed.countedAt(indexed.dayIndex(a)))
                .isEqualTo(walk.workdaysBetween(a, b));
        assertThat(indexed.countedAt(0)).isEqualTo(walk.isWorkday(LocalDate.of(2025, 1, 1)) ? 1 : 0);
        assertThat(indexed.countedAt(729)).isEqualTo(walk.workdaysBetween(LocalDate.of(2024, 12, 31),
                LocalDate.of(2026, 12, 31)));
    }

    @Test
    void yearsAreConfirmedAsTheOfficialCalendarSays() {
        for (int y = 2018; y <= 2030; y++) {
            assertThat(indexed.isConfirmed(y)).as(Integer.toString(y)).isEqualTo(walk.isConfirmed(y));
        }
        assertThat(indexed.isConfirmed(2026)).isTrue();
        assertThat(indexed.isConfirmed(2027)).isFalse();
        assertThat(indexed.reachesUnconfirmed(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 15))).isTrue();
        assertThat(indexed.reachesUnconfirmed(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isFalse();
    }
}
