package cn.quanze.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.quanze.cases.domain.calendar.ChineseWorkCalendar;
import cn.quanze.cases.calendar.OfficialCalendarSeeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Statistics on generated cases whose outcome is known by construction: each case is completed exactly
 * {@code used} working days after receipt, so on-time counts and averages can be computed independently.
 */
class CaseStatisticsTest {
    @Test
    void countsRatesAndAveragesMatchTheGeneratedOutcomes() {
        OfficialCalendarSeeds.Facts f = OfficialCalendarSeeds.load();
        ChineseWorkCalendar cal = new ChineseWorkCalendar(f.days(), f.confirmedYears(), List.of());
        CaseClock clock = new CaseClock(cal, LightThresholds.DEFAULT);
        Random random = new Random(2026);
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<CaseStatistics.Entry> entries = new ArrayList<>();
        int expReceived = 0;
        int expCompleted = 0;
        int expPromised = 0;
        int expLegal = 0;
        long usedSum = 0;
        long legalSum = 0;
        for (int i = 0; i < 2000; i++) {
            LocalDate received = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(240));
            int legal = 10 + random.nextInt(20);
            int promised = 3 + random.nextInt(legal - 3);
            int used = 1 + random.nextInt(legal + 5);
            LocalDate done = cal.deadline(received, used);
            CaseFile c = new CaseFile("c" + i, "N" + i, "p", CaseBasis.POWER, null, "a", "m", received, legal, promised,
                    i % 2 == 0 ? "A" : "B", null, null, List.of(), false);
            List<CaseEvent> ev = List.of(new CaseEvent("e" + i, c.id(), 1, CaseEventType.COMPLETED, done, null, null,
                    null, "u", null, "办结", false));
            CaseProgress p = clock.evaluate(c, ev, today);
            entries.add(new CaseStatistics.Entry(c, p));
            if (!received.isBefore(from) && !received.isAfter(to)) {
                expReceived++;
            }
            if (!done.isBefore(from) && !done.isAfter(to)) {
                expCompleted++;
                expPromised += used <= promised ? 1 : 0;
                expLegal += used <= legal ? 1 : 0;
                usedSum += used;
                legalSum += legal;
                assertThat(p.usedDays()).isEqualTo(used);
            }
        }
        List<CaseStatistics.Row> rows = CaseStatistics.compute(entries, from, to, e -> e.file().departmentId());
        CaseStatistics.Row total = rows.get(rows.size() - 1);
        assertThat(total.key()).isNull();
        assertThat(rows).hasSize(3);
        assertThat(total.received()).isEqualTo(expReceived);
        assertThat(total.completed()).isEqualTo(expCompleted);
        assertThat(total.onTimePromised()).isEqualTo(expPromised);
        assertThat(total.onTimeLegal()).isEqualTo(expLegal);
        assertThat(total.avgUsedDays()).isCloseTo((double) usedSum / expCompleted, within(1e-9));
        assertThat(total.speedUpRate()).isCloseTo(1 - (double) usedSum / legalSum, within(1e-9));
        assertThat(rows.get(0).received() + rows.get(1).received()).isEqualTo(expReceived);
        List<CaseStatistics.Entry> overdue = CaseStatistics.overdue(entries, from, to);
        assertThat(overdue).allMatch(e -> e.progress().completedOn().isAfter(e.progress().due()));
        assertThat(overdue).hasSize(expCompleted - expPromised);
    }
}
