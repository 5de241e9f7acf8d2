package cn.quanze.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.domain.Role;
import cn.quanze.core.db.Sql;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

/** 系统管理 tabs: users, audit viewer, backup and restore; and the tamper warning on start-up. */
class AdminSecurityTest extends WindowTest {
    private long count(String sql) {
        return wb.store().read(c -> Sql.count(c, sql));
    }

    @Test
    void auditViewerFiltersByUserAndShowsBeforeAndAfter() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        openWindow(wb, d -> d);
        clickOn("#nav-admin");
        clickOn("#admin-tab-audit");
        TableView<?> table = lookup("#audit-table").queryAs(TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        int all = table.getItems().size();
        Shots.save(stage.getScene(), "audit-all");
        clickOn("#audit-record").write("node_setting");
        clickOn("#audit-search");
        waitFor(() -> table.getItems().size() < all && !table.getItems().isEmpty());
        clickOn("office.name");
        TableView<?> details = lookup("#audit-details").queryAs(TableView.class);
        waitFor(() -> !details.getItems().isEmpty());
        Shots.save(stage.getScene(), "audit-details");
        assertThat(details.getItems().toString()).contains("value");
        assertThat(lookup("#audit-status").queryAs(Label.class).getText()).contains("共");
    }

    @Test
    void usersTabCreatesAnAccountThatCanSignIn() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        openWindow(wb, d -> d);
        clickOn("#nav-admin");
        clickOn("#admin-tab-users");
        clickOn("#users-login").write("lisi");
        clickOn("#users-name").write("李四");
        interact(() -> lookup("#users-role").queryComboBox().getSelectionModel().select(Role.SUPERVISOR));
        clickOn("#users-password").write("lisi2026ok");
        Shots.save(stage.getScene(), "users-form");
        clickOn("#users-save");
        waitFor(() -> lookup("#users-message").queryAs(Label.class).getText().contains("已创建"));
        waitFor(() -> lookup("#users-table").queryAs(TableView.class).getItems().size() == 1);
        assertThat(wb.users().byLogin("lisi").orElseThrow().role()).isEqualTo(Role.SUPERVISOR);
    }

    @Test
    void restoringAnAutomaticBackupAfterPreviewBringsTheDataBack() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        wb.backups().autoBackup().orElseThrow();
        long powers = count("SELECT COUNT(*) FROM power_item");
        wb.demoData().remove();
        openWindow(wb, d -> d);
        clickOn("#nav-admin");
        clickOn("#admin-tab-backup");
        TableView<?> table = lookup("#backup-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 1);
        clickOn(wb.backups().list().get(0).file().getFileName().toString());
        clickOn("#backup-restore-selected");
        waitFor(() -> lookup("#backup-confirm").tryQuery().isPresent());
        DialogPane confirm = lookup("#backup-confirm").queryAs(DialogPane.class);
        Shots.save(confirm.getScene(), "backup-confirm");
        assertThat(confirm.getContentText()).contains("权力事项 " + powers).contains("徐汇区人民政府办公室");
        clickOn(confirm.lookupButton(ButtonType.OK));
        waitFor(() -> lookup("#backup-status").queryAs(Label.class).getText().contains("已从"));
        assertThat(count("SELECT COUNT(*) FROM power_item")).isEqualTo(powers);
    }

    @Test
    void aTamperedAuditLogIsReportedOnStartUp() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("quanze.db"));
             var st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_log SET user_name = 'someone-else' WHERE seq = 2");
        }
        openWindow(wb, d -> d);
        waitFor(() -> lookup("#startup-check-problems").tryQuery().isPresent());
        Shots.save(lookup("#startup-check-problems").queryAs(TextArea.class).getScene(), "tamper-warning");
        assertThat(lookup("#startup-check-problems").queryAs(TextArea.class).getText()).contains("审计");
        assertThat(wb.backups().list()).as("no automatic backup of a broken database").isEmpty();
    }
}
