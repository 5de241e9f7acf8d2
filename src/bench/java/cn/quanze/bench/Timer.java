package cn.quanze.bench;

import java.lang.management.ManagementFactory;

/**
 * Wall time and the process's CPU time over one benchmark phase. On a shared machine the wall time swings with
 * the load; the CPU time (all threads, including parallel parsing and GC) is the steadier figure to compare.
 */
final class Timer {
    private final long wall0 = System.nanoTime();
    private final long cpu0 = cpu();
    private long wall;
    private long cpuTime;

    static Timer start() {
        return new Timer();
    }

    Timer stop() {
        wall = System.nanoTime() - wall0;
        cpuTime = cpu() - cpu0;
        return this;
    }

    long wallMs() {
        return wall / 1_000_000;
    }

    long cpuMs() {
        return cpuTime / 1_000_000;
    }

    private static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
