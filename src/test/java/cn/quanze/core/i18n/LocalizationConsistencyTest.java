package cn.quanze.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bundle has the same keys in Chinese and English, and every key is used: as a string literal in the
 * sources, as an {@code enum.Type.CONSTANT} of an existing enum, as a {@code store.error.KIND}, or (CLI bundle)
 * as a picocli usage key.
 */
class LocalizationConsistencyTest {
    /** The product's sources and the benches' (their messages share the bundles). */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("src/bench/java"));

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> zh = load("/i18n/" + bundle + ".properties").stringPropertyNames();
        Set<String> en = load("/i18n/" + bundle + "_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys missing or extra in %s_en", bundle).isEqualTo(new TreeSet<>(zh));
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void everyKeyIsUsed(String bundle) throws IOException {
        String code = allSources();
        Set<String> literals = new HashSet<>();
        Matcher m = Pattern.compile("\"([A-Za-z0-9_.]+)\"").matcher(code);
        while (m.find()) {
            literals.add(m.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : load("/i18n/" + bundle + ".properties").stringPropertyNames()) {
            if (!literals.contains(key) && !dynamic(key, code, bundle)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in %s that no code uses", bundle).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages"})
    void everyLiteralKeyLookedUpExists(String bundle) throws IOException {
        Set<String> keys = load("/i18n/" + bundle + ".properties").stringPropertyNames();
        Matcher m = Pattern.compile("I18n\\.t\\(\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"[,)]").matcher(allSources());
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            if (!keys.contains(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertThat(missing).as("keys looked up but not in the bundle").isEmpty();
    }

    private static boolean dynamic(String key, String code, String bundle) {
        if (key.startsWith("enum.")) {
            String[] parts = key.split("\\.");
            return parts.length == 3 && Pattern.compile("enum\\s+" + parts[1] + "\\b[^{]*\\{[^;]*\\b" + parts[2] + "\\b",
                    Pattern.DOTALL).matcher(code).find();
        }
        if (key.startsWith("store.error.")) {
            return code.contains(key.substring("store.error.".length()));
        }
        return bundle.equals("cli") && (key.contains("usage.") || key.equals("help") || key.equals("version"));
    }

    private static String allSources() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sb.append(Files.readString(p)).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
