package cn.quanze.admin.ui;

import cn.quanze.cases.ui.CalendarEditorViewModel;
import cn.quanze.org.ui.UnitsViewModel;
import cn.quanze.org.ui.UsersViewModel;
import cn.quanze.ui.common.ScriptedDialogs;
import cn.quanze.supervision.ui.EscalationRulesViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.db.DbCheck;
import cn.quanze.ui.shell.WindowTest;
import cn.quanze.ui.common.TaskRunner;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 系统管理: on 工作日日历 a local holiday entered on the month grid changes the calendar everyone uses; on 督办问责规则
 * the office's escalation table is edited, checked and kept.
 */
class AdminPaneTest extends WindowTest {
    private AdminView view;

    private void showAdmin() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        showPane(() -> {
            TaskRunner tasks = new TaskRunner(Throwable::printStackTrace);
            view = new AdminView(new AdminViewModel(wb.departments(), wb.demoData(), new DbCheck(wb.store()),
                    tasks), new UnitsViewModel(wb.units(), wb.unitImport(), tasks, new ScriptedDialogs(), () -> true),
                    new UsersViewModel(wb.users(), wb.departments(), tasks),
                    new AuditViewModel(new cn.quanze.core.db.AuditLog(wb.store(), TestWorkbench.ZONE), tasks,
                            TestWorkbench.ZONE),
                    new BackupViewModel(wb.backups(), tasks, TestWorkbench.ZONE),
                    new CalendarEditorViewModel(wb.calendarService(), wb.cases(), tasks),
                    new EscalationRulesViewModel(wb.escalationRules(), tasks));
            return (javafx.scene.Parent) view.root();
        }, 1200, 760);
        interact(view::activate);
    }

    private void openTab(String title) {
        clickOn(lookup(".tab-label").match(n -> ((Label) n).getText().equals(title)).queryAs(Label.class));
    }

    @Test
    void theEscalationTableIsEditedCheckedAndKept() throws Exception {
        showAdmin();
        openTab("督办问责规则");
        waitFor(
                () -> lookup("#escalation-table").queryAs(TableView.class).getItems().size() == 8);
        TableView<?> table = lookup("#escalation-table").queryAs(TableView.class);
        // the second rule for missed feedback (2 cycles → 黄牌, 3 points): make it 4 points
        interact(() -> table.getSelectionModel().select(1));
        interact(() -> lookup("#escalation-deduction").queryAs(javafx.scene.control.Spinner.class).getValueFactory()
                .setValue(4));
        clickOn("#escalation-replace");
        // a duplicate threshold for the same trigger is refused on 保存, naming it; nothing is kept
        interact(() -> table.getSelectionModel().select(0));
        clickOn("#escalation-add");
        clickOn("#escalation-save");
        assertThat(lookup("#escalation-status").queryAs(Label.class).getText()).contains("未按时反馈").contains("1");
        assertThat(wb.escalationRules().current()).isEqualTo(cn.quanze.supervision.data.EscalationRules.defaults());
        interact(() -> table.getSelectionModel().select(1));
        clickOn("#escalation-remove");
        interact(() -> cn.quanze.ui.shell.Shots.save(table.getScene(), "admin-escalation"));
        clickOn("#escalation-save");
        waitFor(
                () -> lookup("#escalation-status").queryAs(Label.class).getText().startsWith("已保存"));
        var kept = wb.escalationRules().current();
        assertThat(kept).hasSize(8);
        assertThat(kept.get(1).deduction()).isEqualTo(4);
        assertThat(kept.get(1).level()).isEqualTo(cn.quanze.supervision.domain.EscalationLevel.YELLOW_CARD);
    }

    @Test
    void aLocalHolidayOnTheGridChangesTheCalendarAndThresholdsAreSaved() throws Exception {
        showAdmin();
        openTab("工作日日历");
        waitFor(() -> lookup("#calendar-day-2026-11-23").tryQuery().isPresent());
        assertThat(lookup("#calendar-month").queryAs(Label.class).getText()).isEqualTo("2026年11月");
        clickOn("#calendar-day-2026-11-23");
        clickOn("#calendar-name").write("地方节日");
        clickOn("#calendar-set-holiday");
        waitFor(
                () -> lookup("#calendar-entries").queryAs(TableView.class).getItems().size() == 1);
        assertThat(wb.calendar().isWorkday(LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(lookup("#calendar-status").queryAs(Label.class).getText()).contains("2026-11-23 已设为休息日");
        interact(() -> cn.quanze.ui.shell.Shots.save(lookup("#calendar-grid").query().getScene(), "admin-calendar-nov"));
        clickOn("#calendar-next");
        clickOn("#calendar-next");
        waitFor(() -> lookup("#calendar-day-2027-01-04").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".demo-badge").queryAllAs(Label.class)).anyMatch(l -> l.getText().contains("2027年放假安排尚未发布"));
        interact(() -> cn.quanze.ui.shell.Shots.save(lookup("#calendar-grid").query().getScene(), "admin-calendar"));
        clickOn("#calendar-save-thresholds");
        waitFor(
                () -> lookup("#calendar-status").queryAs(Label.class).getText().startsWith("已保存"));
        assertThat(wb.cases().thresholds().daysLeft()).isEqualTo(2);
    }
}
