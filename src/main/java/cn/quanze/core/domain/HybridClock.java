package cn.quanze.core.domain;

import java.time.Clock;

/**
 * Hybrid logical clock: wall-clock milliseconds in the high bits, a logical counter in the low 16 bits.
 * Monotonic on one node even when the wall clock steps back, and advanced past every remote stamp seen,
 * so revisions order causally across offices.
 */
public final class HybridClock {
    private static final int COUNTER_BITS = 16;
    private final Clock clock;
    private long last;

    public HybridClock(Clock clock, long lastSeen) {
        this.clock = clock;
        this.last = lastSeen;
    }

    public synchronized long tick() {
        long physical = clock.millis() << COUNTER_BITS;
        last = Math.max(last + 1, physical);
        return last;
    }

    /** Merge a stamp received from another node. */
    public synchronized void observe(long remote) {
        last = Math.max(last, remote);
    }

    public static long millisOf(long hlc) {
        return hlc >>> COUNTER_BITS;
    }
}
