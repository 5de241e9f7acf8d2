package cn.quanze.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Starts a child process that prints {@code QUANZE_SHOWN} when its window is up, and measures the milliseconds
 * to that line and the resident memory of the process at that moment (Linux /proc; -1 elsewhere).
 */
final class StartupProbe {
    static final String MARKER = "QUANZE_SHOWN";

    private StartupProbe() {
    }

    record Sample(long millis, long rssKb) {
    }

    static final class Series {
        private final List<Sample> samples = new ArrayList<>();

        void add(Sample s) {
            samples.add(s);
        }

        long medianMillis() {
            return median(samples.stream().map(Sample::millis).toList());
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
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (shown < 0 && line.contains(MARKER)) {
                    shown = (System.nanoTime() - start) / 1_000_000;
                    rss = residentKb(p.pid());
                }
            }
        }
        p.waitFor();
        if (untilShown && shown < 0) {
            throw new IllegalStateException("no window: " + String.join(" ", cmd));
        }
        return new Sample(shown, rss);
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
