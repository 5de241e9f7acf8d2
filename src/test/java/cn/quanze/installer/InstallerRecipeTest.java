package cn.quanze.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guards the installer recipe (installer/, assets/icons) against the mistakes that only show on a user's
 * machine: a module name jlink does not know, an MSI installing into the data directory, an upgrade code that
 * drifts between the build and its test, a file association pointing at a missing icon.
 */
class InstallerRecipeTest {
    private static final Path ROOT = Path.of(System.getProperty("quanze.repo.root", "."));

    @Test
    void everyJdkModuleInTheListExistsAndTheRuntimeOnlyOnesAreThere() throws IOException {
        List<String> modules = Files.readAllLines(ROOT.resolve("installer/modules.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(modules).contains("java.base", "java.desktop", "java.sql", "javafx.controls",
                "jdk.localedata", "jdk.crypto.ec", "jdk.charsets").doesNotHaveDuplicates();
        ModuleFinder system = ModuleFinder.ofSystem();
        modules.stream().filter(m -> !m.startsWith("javafx."))
                .forEach(m -> assertThat(system.find(m)).as("JDK module %s", m).isPresent());
    }

    @Test
    void theMsiInstallsBesideNotIntoTheDataDirectory() throws IOException {
        String script = Files.readString(ROOT.resolve("installer/build-windows.ps1"), StandardCharsets.UTF_8);
        String installDir = value(script, "\\$InstallDir = '([^']+)'");
        // AppPaths keeps data in %LOCALAPPDATA%\Quanze; a per-user MSI installs relative to %LOCALAPPDATA%
        assertThat(installDir).isNotEqualToIgnoringCase("Quanze").isEqualTo("Programs\\Quanze");
        assertThat(script).contains("'--install-dir', $InstallDir", "'--win-per-user-install'", "'--win-menu'",
                "'--win-shortcut'", "'--win-upgrade-uuid', $UpgradeUuid", "'--file-associations', $Association")
                .doesNotContain("'--win-dir-chooser'");
    }

    @Test
    void theUpgradeCodeIsFixedAndTheSameInBuildAndTest() throws IOException {
        String build = Files.readString(ROOT.resolve("installer/build-windows.ps1"), StandardCharsets.UTF_8);
        String test = Files.readString(ROOT.resolve("installer/test-windows.ps1"), StandardCharsets.UTF_8);
        UUID uuid = UUID.fromString(value(build, "\\$UpgradeUuid = '([0-9a-f-]{36})'"));
        assertThat(uuid.toString()).isEqualTo("a546d635-b7cf-499a-a8ac-25a61b65298d");
        assertThat(test).contains("{" + uuid.toString().toUpperCase() + "}");
    }

    @Test
    void qzbAssociationsNameTheExtensionAnExistingIconAndAChineseDescription() throws IOException {
        Properties win = load("installer/windows/qzb.properties");
        assertThat(win.getProperty("extension")).isEqualTo("qzb");
        assertThat(win.getProperty("description")).isEqualTo("权责工作台同步文件");
        assertThat(win.getProperty("icon")).endsWith(".ico");
        for (String file : List.of("installer/windows/qzb.properties", "installer/windows/qzb_en.properties",
                "installer/linux/qzb.properties")) {
            Properties p = load(file);
            assertThat(p.getProperty("extension")).as(file).isEqualTo("qzb");
            assertThat(p.getProperty("mime-type")).as(file).isEqualTo("application/x-quanze-sync");
            assertThat(ROOT.resolve(p.getProperty("icon"))).as(file).isRegularFile();
        }
        // plain ASCII: jpackage 17 may read it in the machine's code page
        assertThat(isAscii("installer/windows/qzb.properties")).isTrue();
    }

    @Test
    void iconsExistInTheSizesTheScriptsAndTheWindowUse() {
        for (String name : List.of("quanze.ico", "qzb-file.ico", "quanze-16.png", "quanze-32.png", "quanze-48.png",
                "quanze-256.png", "qzb-file-256.png")) {
            assertThat(ROOT.resolve("assets/icons").resolve(name)).isRegularFile();
        }
    }

    @Test
    void theWindowsScriptIsAsciiSoWindowsPowerShellReadsItInAnyCodePage() throws IOException {
        for (String file : List.of("installer/build-windows.ps1", "installer/test-windows.ps1")) {
            assertThat(isAscii(file)).as(file).isTrue();
        }
    }

    private static boolean isAscii(String file) throws IOException {
        for (byte b : Files.readAllBytes(ROOT.resolve(file))) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String value(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(ROOT.resolve(file), StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        return p;
    }
}
