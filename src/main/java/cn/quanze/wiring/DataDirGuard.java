package cn.quanze.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start found in the data directory, so that a start which fails before its window opens leaves the
 * directory as it was: the workbench it opened is closed (the lock released) and whatever this start created
 * (the directory itself, an empty database, the lock file, logs) is removed. What was there before is never touched.
 */
public final class DataDirGuard {
    private static final Logger LOG = LoggerFactory.getLogger(DataDirGuard.class);
    private final Path dataDir;
    private final boolean existed;
    private final Set<Path> before;

    private DataDirGuard(Path dataDir, boolean existed, Set<Path> before) {
        this.dataDir = dataDir;
        this.existed = existed;
        this.before = before;
    }

    /** Notes what {@code dataDir} holds now (nothing when it does not exist yet). */
    public static DataDirGuard before(Path dataDir) {
        Set<Path> entries = new HashSet<>();
        boolean existed = Files.isDirectory(dataDir);
        if (existed) {
            try (Stream<Path> s = Files.list(dataDir)) {
                s.forEach(p -> entries.add(p.getFileName()));
            } catch (IOException | SecurityException e) {
                // unreadable: nothing of it will be removed (only entries known to be new are)
                return new DataDirGuard(dataDir, true, null);
            }
        }
        return new DataDirGuard(dataDir, existed, entries);
    }

    /**
     * Gives up the start: waits for the workbench being opened (when it opened, closes it, which releases the
     * directory lock), then removes every entry this start created, and the directory when the start created it.
     * Returns what could not be removed (empty when the directory is as it was).
     */
    public List<Path> abandon(CompletableFuture<Workbench> opening) {
        try {
            Workbench wb = opening.handle((w, e) -> w).get(60, TimeUnit.SECONDS);
            if (wb != null) {
                wb.close();
            }
        } catch (Exception e) {
            LOG.warn("the database was still opening when the start was given up", e);
        }
        return removeCreated();
    }

    private List<Path> removeCreated() {
        if (before == null || !Files.isDirectory(dataDir)) {
            return List.of();
        }
        List<Path> left = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(dataDir)) {
            for (Path p : s.toList()) {
                if (!before.contains(p.getFileName()) && !companionOfKeptDatabase(p.getFileName().toString())) {
                    if (p.getFileName().toString().equals(Logging.DIR)) {
                        Logging.stop(); // this start's own log folder: its file is open until logging stops
                    }
                    deleteTree(p, left);
                }
            }
        } catch (IOException e) {
            left.add(dataDir);
        }
        if (!existed) {
            try {
                Files.deleteIfExists(dataDir);
            } catch (IOException e) {
                left.add(dataDir);
            }
        }
        return left;
    }

    /** SQLite's -wal/-shm/-journal beside a database that was there before: it may still need them. */
    private boolean companionOfKeptDatabase(String name) {
        return name.startsWith(AppPaths.DB_FILE + "-") && before.contains(Path.of(AppPaths.DB_FILE));
    }

    private static void deleteTree(Path root, List<Path> left) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    left.add(p);
                }
            }
        } catch (IOException e) {
            left.add(root);
        }
    }
}
