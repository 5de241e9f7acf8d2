package cn.quanze.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db check finds rows changed behind the unit of work's back and a broken audit chain. */
class DbCheckTest {
    @TempDir
    Path dir;

    private void tamper(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("quanze.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private java.util.List<String> problemsAfter(String sql) throws Exception {
        TestWorkbench.withDemo(dir).close();
        tamper(sql);
        try (Workbench wb = TestWorkbench.open(dir)) {
            return wb.dbCheck().run().stream().map(DbCheck.Problem::key).toList();
        }
    }

    @Test
    void demoDatabaseIsSound() {
        try (Workbench wb = TestWorkbench.withDemo(dir)) {
            assertThat(wb.dbCheck().run()).isEmpty();
        }
    }

    @Test
    void rowEditedOutsideIsFound() throws Exception {
        assertThat(problemsAfter("UPDATE power_item SET name = name || 'x' WHERE rowid = 1"))
                .containsExactly("check.rowDiffers");
    }

    @Test
    void rowInsertedOutsideIsFound() throws Exception {
        assertThat(problemsAfter("INSERT INTO department (id, code, name, kind) VALUES ('x', 'ZZ', '外部', 'DEPARTMENT')"))
                .containsExactly("check.rowWithoutRevision");
    }

    @Test
    void rowDeletedOutsideIsFound() throws Exception {
        assertThat(problemsAfter("DELETE FROM feedback WHERE rowid = 1")).containsExactly("check.rowMissing");
    }

    @Test
    void auditEditIsFound() throws Exception {
        assertThat(problemsAfter("UPDATE audit_log SET user_name = 'someone' WHERE seq = 5"))
                .containsExactly("check.auditBroken");
    }

    @Test
    void auditDeletionOfTheLastEntryIsFound() throws Exception {
        assertThat(problemsAfter("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)"))
                .containsExactly("check.auditMissing");
    }
}
