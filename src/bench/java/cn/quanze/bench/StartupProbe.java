package cn.quanze.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts a child process that prints {@code QUANZE_SHOWN} when its window is up, and measures the milliseconds
 * to that line and the resident memory of the process at that moment (Linux /proc; -1 elsewhere). The workbench
 * prints its start-up phases after the marker ({@code QUANZE_SHOWN launch=350 database=1200 ...}).
 */
final class StartupProbe {
    static final String MARKER = "QUANZE_SHOWN";

    private StartupProbe() {
    }

    /** One start: ms to the marker, resident kB then, and the phases the app printed after the marker. */
    record Sample(long millis, long rssKb, long cpuMillis, Map<String, Long> phases) {
        Sample(long millis, long rssKb) {
            this(millis, rssKb, -1, Map.of());
        }
    }

    static final class Series {
        private final List<Sample> samples = new ArrayList<>();

        void add(Sample s) {
            samples.add(s);
        }

        long medianMillis() {
            return median(samples.stream().map(Sample::millis).toList());
        }

        /** Median of each phase ({@code launch 350 ms, database 1200 ms, ...}), in the order the app printed them. */
        String medianPhases() {
            Map<String, List<Long>> byPhase = new LinkedHashMap<>();
            samples.forEach(s -> s.phases().forEach((k, v) -> byPhase.computeIfAbsent(k, x -> new ArrayList<>()).add(v)));
            return byPhase.entrySet().stream().map(e -> e.getKey() + " " + median(e.getValue()) + " ms")
                    .collect(Collectors.joining(", "));
        }

        /**
         * Median CPU time (user + system, all threads) the process had used when its window showed, or "-":
         * less disturbed than wall time when other work competes for the cores.
         */
        String medianCpuMillis() {
            long ms = median(samples.stream().map(Sample::cpuMillis).toList());
            return ms < 0 ? "-" : Long.toString(ms);
        }

        /** Median resident set size in MB, or "-" where the platform does not tell. */
        String medianRssMb() {
            long kb = median(samples.stream().map(Sample::rssKb).toList());
            return kb < 0 ? "-" : Long.toString(Math.round(kb / 1024.0));
        }

        private static long median(List<Long> xs) {
            List<Long> s = new ArrayList<>(xs);
            Collections.sort(s);
            return s.get(s.size() / 2);
        }
    }

    /** Runs the command to its end; with {@code untilShown} it must print the marker. */
    static Sample run(List<String> cmd, Map<String, String> env, boolean untilShown) throws IOException,
            InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        long shown = -1;
        long rss = -1;
        long cpu = -1;
        Map<String, Long> phases = Map.of();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (shown < 0 && line.contains(MARKER)) {
                    shown = (System.nanoTime() - start) / 1_000_000;
                    rss = residentKb(p.pid());
                    cpu = cpuMillis(p.pid());
                    phases = phases(line.substring(line.indexOf(MARKER) + MARKER.length()));
                }
            }
        }
        p.waitFor();
        if (untilShown && shown < 0) {
            throw new IllegalStateException("no window: " + String.join(" ", cmd));
        }
        return new Sample(shown, rss, cpu, phases);
    }

    /** {@code " launch=350 database=1200"} as an ordered map; anything else is ignored. */
    static Map<String, Long> phases(String text) {
        Map<String, Long> phases = new LinkedHashMap<>();
        for (String part : text.strip().split("\\s+")) {
            String[] kv = part.split("=");
            if (kv.length == 2 && kv[1].matches("\\d+")) {
                phases.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return phases;
    }

    /** utime + stime of a live process from /proc/PID/stat in ms (clock ticks of 10 ms); -1 when unknown. */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            // fields after the parenthesised command name: state is field 3, utime 14, stime 15
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** VmRSS of a live process from /proc, in kB; -1 when not on Linux or the process has gone. */
    static long residentKb(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
