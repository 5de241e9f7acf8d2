package cn.quanze.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db/migrations.txt lists exactly the migrations in db/migration (start-up skips Flyway when the database has
 * them all), and a database missing one still gets it from Flyway.
 */
class MigrationIndexTest {
    @TempDir
    Path dir;

    @Test
    void indexListsEveryMigration() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/db/migration"))) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> index = Files.readAllLines(Path.of("src/main/resources/db/migrations.txt")).stream()
                .filter(l -> !l.isBlank()).sorted().toList();
        assertThat(index).as("update src/main/resources/db/migrations.txt").isEqualTo(files);
        assertThat(Database.shippedVersions()).hasSize(files.size());
    }

    /** The newest migration is removed from a database (its tables and history row); opening it applies it again. */
    @Test
    void aDatabaseBehindTheShippedMigrationsIsMigrated() throws Exception {
        Path newest;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = s.max(java.util.Comparator.comparingInt(MigrationIndexTest::version)).orElseThrow();
        }
        String sql = Files.readString(newest);
        List<String> tables = names(sql, "CREATE TABLE (\\w+)");
        assertThat(tables).as("the newest migration creates tables").isNotEmpty();
        TestWorkbench.open(dir).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("quanze.db"));
             var st = c.createStatement()) {
            for (String index : names(sql, "CREATE INDEX (\\w+)")) {
                st.executeUpdate("DROP INDEX " + index);
            }
            List<String> dropOrder = new java.util.ArrayList<>(tables);
            java.util.Collections.reverse(dropOrder);
            for (String table : dropOrder) {
                st.executeUpdate("DROP TABLE " + table);
            }
            st.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '" + version(newest) + "'");
        }
        try (Workbench wb = TestWorkbench.open(dir)) {
            for (String table : tables) {
                long n = wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM sqlite_master WHERE name = ?", table));
                assertThat(n).as(table).isEqualTo(1);
            }
        }
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static List<String> names(String sql, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(sql);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
