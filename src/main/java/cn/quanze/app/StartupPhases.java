package cn.quanze.app;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Milliseconds from process start to each step of opening the window (command line parsed, database open,
 * toolkit up, theme, font, window shown), so a slow start on a user's PC can be read from the log and
 * {@code quanze bench startup} can say where the time goes. Marks come from several threads.
 */
final class StartupPhases {
    private final Instant start = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    private final Map<String, Long> marks = new LinkedHashMap<>();

    synchronized void mark(String phase) {
        marks.put(phase, Duration.between(start, Instant.now()).toMillis());
    }

    /** {@code launch=350 database=1200 ...} in the order the marks were made. */
    synchronized String summary() {
        return marks.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
