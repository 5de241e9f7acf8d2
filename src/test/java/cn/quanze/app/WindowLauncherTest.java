package cn.quanze.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.db.DataDirLock;
import cn.quanze.core.i18n.I18n;
import cn.quanze.wiring.AppPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window start that fails after the database has been opened (the data directory locked): the lock is released
 * and the data directory is left as it was found, with no empty database or lock file behind.
 */
class WindowLauncherTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A toolkit that fails like JavaFX on Linux without GTK 3, once the database is open (its write-ahead log exists,
     * which SQLite creates only for an open connection; the directory lock is taken before).
     */
    private static WindowLauncher.Toolkit failingOnceLocked(Path dataDir, AtomicBoolean wasLocked) {
        return ready -> {
            try {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> Files.exists(dataDir.resolve(AppPaths.DB_FILE + "-wal")));
                wasLocked.set(isLocked(dataDir));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the database was never opened", e);
            }
            throw new UnsupportedOperationException("Unable to load glass GTK library.");
        };
    }

    private static boolean isLocked(Path dataDir) {
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            return false;
        } catch (cn.quanze.core.db.StoreException e) {
            return true;
        }
    }

    @Test
    void aFirstStartThatCannotOpenItsWindowLeavesNoDataDirectoryBehind() {
        Path dataDir = tmp.resolve("new-office");
        AtomicBoolean wasLocked = new AtomicBoolean();
        Optional<StartupFailure> failure = WindowLauncher.start(dataDir, List.of(), failingOnceLocked(dataDir, wasLocked));
        assertThat(wasLocked).as("the database had the directory locked when the window failed").isTrue();
        assertThat(failure).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(StartupFailure.Kind.NO_GTK);
            assertThat(f.message()).contains("sudo apt install libgtk-3-0");
            assertThat(f.exitCode()).isNotZero();
        });
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void anExistingOfficeKeepsItsDataAndGetsItsLockBack() throws Exception {
        Path dataDir = tmp.resolve("office");
        TestWorkbench.withDemo(dataDir).close();
        Files.writeString(dataDir.resolve("readme.txt"), "the office's own file");
        List<Path> before = list(dataDir);
        long dbSize = Files.size(dataDir.resolve(AppPaths.DB_FILE));
        AtomicBoolean wasLocked = new AtomicBoolean();
        Optional<StartupFailure> failure = WindowLauncher.start(dataDir, List.of(), failingOnceLocked(dataDir, wasLocked));
        assertThat(wasLocked).isTrue();
        assertThat(failure).isPresent();
        assertThat(isLocked(dataDir)).as("the lock is released").isFalse();
        assertThat(list(dataDir)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(Files.size(dataDir.resolve(AppPaths.DB_FILE))).isPositive();
        assertThat(dbSize).isPositive();
        assertThat(Files.readString(dataDir.resolve("readme.txt"))).isEqualTo("the office's own file");
        TestWorkbench.open(dataDir).close(); // and it opens again
    }

    private static List<Path> list(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(Path::getFileName).toList();
        }
    }
}
