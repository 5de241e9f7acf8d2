package cn.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.app.Workbench;
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

    @Test
    void aDatabaseBehindTheShippedMigrationsIsMigrated() throws Exception {
        TestWorkbench.open(dir).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("quanze.db"));
             var st = c.createStatement()) {
            st.executeUpdate("DROP TABLE user_account");
            st.executeUpdate("DROP INDEX audit_user");
            st.executeUpdate("DROP INDEX audit_at");
            st.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '60'");
        }
        try (Workbench wb = TestWorkbench.open(dir)) {
            long tables = wb.store().read(c -> Sql.count(c,
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'user_account'"));
            assertThat(tables).isEqualTo(1);
        }
    }
}
