package cn.quanze.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.db.StoreException;
import cn.quanze.core.i18n.I18n;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which sentence and exit code a start-up failure gets: it names the missing piece and what to install or do. */
class StartupFailureTest {
    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aLinuxShellWithoutADisplayIsToldBeforeAnythingStarts() {
        StartupFailure f = StartupFailure.beforeToolkit("Linux", Map.of("HOME", "/home/a")).orElseThrow();
        assertThat(f.kind()).isEqualTo(StartupFailure.Kind.NO_DISPLAY);
        assertThat(f.message()).contains("DISPLAY").contains("ssh -X").contains("quanze --help");
        assertThat(f.exitCode()).isNotZero();
        assertThat(StartupFailure.beforeToolkit("Linux", Map.of("DISPLAY", " "))).isPresent();
        assertThat(StartupFailure.beforeToolkit("Linux", Map.of("DISPLAY", ":0"))).isEmpty();
        assertThat(StartupFailure.beforeToolkit("Windows 11", Map.of())).isEmpty();
        assertThat(StartupFailure.beforeToolkit("Mac OS X", Map.of())).isEmpty();
    }

    @Test
    void linuxWithoutGtk3IsToldWhatToInstall() {
        // what JavaFX 21 throws when libgtk-3.so.0 cannot be loaded (seen on Debian 12 with Xvfb and no GTK)
        StartupFailure f = StartupFailure.ofToolkit(new UnsupportedOperationException("Unable to load glass GTK library."));
        assertThat(f.kind()).isEqualTo(StartupFailure.Kind.NO_GTK);
        assertThat(f.message()).contains("GTK 3").contains("sudo apt install libgtk-3-0");
        assertThat(StartupFailure.ofToolkit(new UnsatisfiedLinkError(
                "/tmp/libglassgtk3.so: libgtk-3.so.0: cannot open shared object file: No such file or directory"))
                .kind()).isEqualTo(StartupFailure.Kind.NO_GTK);
    }

    @Test
    void anotherMissingLibraryIsNamedWithItsPackage() {
        StartupFailure known = StartupFailure.ofToolkit(new RuntimeException("boom", new UnsatisfiedLinkError(
                "/opt/quanze/lib/libprism_es2.so: libGL.so.1: cannot open shared object file: No such file")));
        assertThat(known.kind()).isEqualTo(StartupFailure.Kind.MISSING_LIBRARY);
        assertThat(known.message()).contains("libGL.so.1").contains("sudo apt install libgl1");
        StartupFailure unknown = StartupFailure.ofToolkit(new UnsatisfiedLinkError(
                "x.so: libwhatever.so.3: cannot open shared object file"));
        assertThat(unknown.message()).contains("libwhatever.so.3").doesNotContain("apt install");
    }

    @Test
    void noDisplayFoundByTheToolkitItselfAndOtherToolkitErrors() {
        assertThat(StartupFailure.ofToolkit(new UnsupportedOperationException("Unable to open DISPLAY")).kind())
                .isEqualTo(StartupFailure.Kind.NO_DISPLAY);
        StartupFailure other = StartupFailure.ofToolkit(new RuntimeException("No toolkit found"));
        assertThat(other.kind()).isEqualTo(StartupFailure.Kind.TOOLKIT);
        assertThat(other.message()).contains("显卡驱动").contains("-Dprism.order=sw");
        assertThat(other.exitCode()).isEqualTo(StartupFailure.Kind.NO_GTK.exitCode()).isNotZero();
    }

    @Test
    void aDataDirectoryThatCannotBeUsedIsNamedWithoutTheSystemsEnglish() {
        Path dir = Path.of("/srv/quanze");
        StartupFailure readOnly = StartupFailure.ofDataDir(dir, new StoreException(StoreException.Kind.READ_ONLY,
                dir + ": Read-only file system", new java.io.IOException("Read-only file system")));
        assertThat(readOnly.kind()).isEqualTo(StartupFailure.Kind.DATA_DIR);
        assertThat(readOnly.message()).contains(dir.toString()).contains("--data-dir").doesNotContain("Read-only");
        assertThat(StartupFailure.ofDataDir(dir, new java.io.UncheckedIOException(new AccessDeniedException(
                "/srv/quanze"))).kind()).isEqualTo(StartupFailure.Kind.DATA_DIR);
        StartupFailure inUse = StartupFailure.ofDataDir(dir, new java.util.concurrent.CompletionException(
                new StoreException(StoreException.Kind.IN_USE, dir.toString(), null)));
        assertThat(inUse.kind()).isEqualTo(StartupFailure.Kind.IN_USE);
        assertThat(inUse.message()).contains("另一个权责工作台窗口");
        assertThat(StartupFailure.ofDataDir(dir, new StoreException(StoreException.Kind.CORRUPT, "quanze.db", null))
                .kind()).isEqualTo(StartupFailure.Kind.DATABASE);
        assertThat(readOnly.exitCode()).isNotZero().isNotEqualTo(StartupFailure.Kind.NO_GTK.exitCode());
    }
}
