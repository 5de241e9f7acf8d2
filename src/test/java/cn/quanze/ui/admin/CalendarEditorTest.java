package cn.quanze.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.app.Workbench;
import cn.quanze.i18n.I18n;
import cn.quanze.store.DbCheck;
import cn.quanze.ui.common.TaskRunner;
import cn.quanze.ui.common.Theme;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** 系统管理 → 工作日日历: a local holiday entered on the month grid changes the calendar everyone uses. */
class CalendarEditorTest extends FxRobot {
    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        wb.close();
    }

    @Test
    void aLocalHolidayOnTheGridChangesTheCalendarAndThresholdsAreSaved() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        FxToolkit.setupFixture(() -> {
            Theme.loadFonts();
            Theme.apply(false);
            TaskRunner tasks = new TaskRunner(Throwable::printStackTrace);
            AdminView view = new AdminView(new AdminViewModel(wb.departments(), wb.demoData(), new DbCheck(wb.store()),
                    tasks), new UsersViewModel(wb.users(), wb.departments(), tasks),
                    new AuditViewModel(new cn.quanze.store.AuditLog(wb.store(), TestWorkbench.ZONE), tasks,
                            TestWorkbench.ZONE),
                    new BackupViewModel(wb.backups(), tasks, TestWorkbench.ZONE),
                    new CalendarEditorViewModel(wb.calendarService(), wb.cases(), tasks));
            Stage stage = new Stage();
            Scene scene = new Scene((javafx.scene.Parent) view.root(), 1200, 760);
            Theme.style(scene, 14);
            stage.setScene(scene);
            stage.show();
            view.activate();
        });
        clickOn(lookup(".tab-label").match(n -> ((Label) n).getText().equals("工作日日历")).queryAs(Label.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#calendar-day-2026-11-23").tryQuery().isPresent());
        assertThat(lookup("#calendar-month").queryAs(Label.class).getText()).isEqualTo("2026年11月");
        clickOn("#calendar-day-2026-11-23");
        clickOn("#calendar-name").write("地方节日");
        clickOn("#calendar-set-holiday");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup("#calendar-entries").queryAs(TableView.class).getItems().size() == 1);
        assertThat(wb.calendar().isWorkday(LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(lookup("#calendar-status").queryAs(Label.class).getText()).contains("2026-11-23 已设为休息日");
        interact(() -> cn.quanze.ui.Shots.save(lookup("#calendar-grid").query().getScene(), "admin-calendar-nov"));
        clickOn("#calendar-next");
        clickOn("#calendar-next");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#calendar-day-2027-01-04").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".demo-badge").queryAllAs(Label.class)).anyMatch(l -> l.getText().contains("2027年放假安排尚未发布"));
        interact(() -> cn.quanze.ui.Shots.save(lookup("#calendar-grid").query().getScene(), "admin-calendar"));
        clickOn("#calendar-save-thresholds");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup("#calendar-status").queryAs(Label.class).getText().startsWith("已保存"));
        assertThat(wb.cases().thresholds().daysLeft()).isEqualTo(2);
    }
}
