package cn.quanze.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Revisions order causally across offices: stamps only grow, even when the wall clock steps back. */
class HybridClockTest {
    private static final Instant T = Instant.parse("2026-11-22T01:00:00Z");

    @Test
    void stampsCarryTheWallClockAndGrowWithinOneMillisecond() {
        HybridClock c = new HybridClock(Clock.fixed(T, ZoneOffset.UTC), 0);
        long a = c.tick();
        long b = c.tick();
        assertThat(HybridClock.millisOf(a)).isEqualTo(T.toEpochMilli());
        assertThat(a).isEqualTo(T.toEpochMilli() << 16);
        assertThat(b).isEqualTo(a + 1);
        assertThat(HybridClock.millisOf(b)).isEqualTo(T.toEpochMilli());
    }

    @Test
    void aClockSetBackNeverMakesAnEarlierStamp() {
        HybridClock c = new HybridClock(Clock.fixed(T.minusSeconds(3600), ZoneOffset.UTC), T.toEpochMilli() << 16);
        assertThat(c.tick()).isEqualTo((T.toEpochMilli() << 16) + 1);
    }

    @Test
    void aStampFromAnotherOfficeIsPassed() {
        HybridClock c = new HybridClock(Clock.fixed(T, ZoneOffset.UTC), 0);
        long remote = (T.toEpochMilli() + 5000) << 16;
        c.observe(remote);
        assertThat(c.tick()).isEqualTo(remote + 1);
        c.observe(1);
        assertThat(c.tick()).isEqualTo(remote + 2);
    }
}
