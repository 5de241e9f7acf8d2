package cn.quanze.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.CaseState;
import cn.quanze.cases.domain.SuspensionReason;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.ui.shell.WindowTest;
import cn.quanze.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cases pane with a fixed clock (2026-11-22): open a case, stop its clock, extend and complete it, and watch
 * its light change; the due-soon list and the notification when lights turn on a later day.
 */
class CasesPaneTest extends WindowTest {
    private CasesViewModel vm;

    @BeforeEach
    void open() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        CasesView[] view = new CasesView[1];
        showPane(() -> {
            TaskRunner tasks = new TaskRunner(Throwable::printStackTrace);
            vm = new CasesViewModel(wb.cases(), wb.departments(), wb.powers(), wb.settings(), tasks);
            view[0] = new CasesView(vm, new CaseStatsViewModel(wb.cases(), wb.departments(), wb.powers(), tasks));
            return (javafx.scene.Parent) view[0].root();
        }, 1240, 780);
        interact(() -> view[0].activate());
        waitUntil(() -> table().getItems().size() >= 36);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> c) throws Exception {
        waitFor(c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> table() {
        return lookup("#cases-table").queryAs(TableView.class);
    }

    private CaseRow row(Predicate<CaseRow> p) {
        return table().getItems().stream().filter(p).findFirst().orElse(null);
    }

    private DialogPane dialog() throws Exception {
        waitUntil(() -> lookup("#case-dialog").tryQuery().isPresent());
        return lookup("#case-dialog").queryAs(DialogPane.class);
    }

    private void ok(DialogPane d) {
        clickOn((Button) d.lookup("#form-button-0"));
    }

    private void shot(String name) {
        interact(() -> cn.quanze.ui.shell.Shots.save(stage.getScene(), name));
    }

    @Test
    void demoCasesShowLightsDueSoonAndTheStartupNotice() throws Exception {
        assertThat(table().getItems()).anyMatch(r -> r.progress().light() == Light.RED && r.progress().isOpen())
                .anyMatch(r -> r.progress().light() == Light.YELLOW).anyMatch(r -> r.progress().light() == Light.GREEN);
        assertThat(lookup("#cases-due-soon").queryAs(ListView.class).getItems()).isNotEmpty();
        assertThat(lookup("#cases-notice").queryAs(Label.class).getText()).contains("即将到期").contains("已逾期");
        CaseRow school = row(r -> r.powerCode().equals("XK-JYJ-001"));
        interact(() -> table().getSelectionModel().select(school));
        assertThat(lookup("#cases-unconfirmed").queryAs(Label.class).getText())
                .contains("2027年放假安排尚未发布，按法定节日和周末推算");
        assertThat(lookup("#cases-timeline").queryAs(TableView.class).getItems()).isNotEmpty();
        shot("cases-pane");
        interact(() -> vm.filters().lightProperty().set(Light.RED));
        assertThat(table().getItems()).isNotEmpty().allMatch(r -> r.progress().light() == Light.RED);
        interact(() -> vm.filters().lightProperty().set(null));
    }

    @Test
    void openSuspendExtendAndCompleteACaseWhileItsLightChanges() throws Exception {
        clickOn("#cases-new");
        DialogPane d = dialog();
        interact(() -> {
            ComboBox<?> power = (ComboBox<?>) d.lookup("#case-power");
            power.getSelectionModel().select(power.getItems().stream().map(Object::toString)
                    .toList().indexOf(power.getItems().stream().filter(p -> p.toString().contains("XK-SCJ-001-01"))
                            .findFirst().orElseThrow().toString()));
            ((DatePicker) d.lookup("#case-received")).setValue(LocalDate.of(2026, 11, 13));
        });
        clickOn(d.lookup("#case-applicant")).write("上海测试餐饮有限公司");
        clickOn(d.lookup("#case-matter")).write("食品经营许可新办申请");
        shot("cases-new-dialog");
        ok(d);
        waitUntil(() -> row(r -> r.history().file().applicant().equals("上海测试餐饮有限公司")) != null);
        CaseRow created = row(r -> r.history().file().applicant().equals("上海测试餐饮有限公司"));
        assertThat(created.progress().light()).isEqualTo(Light.RED); // promised 5 days: due 11-20
        String number = created.history().file().number();
        interact(() -> table().getSelectionModel().select(created));

        clickOn("#cases-suspend");
        DialogPane s = dialog();
        interact(() -> {
            ((ComboBox<SuspensionReason>) s.lookup("#case-suspend-reason")).setValue(SuspensionReason.CORRECTION);
            ((DatePicker) s.lookup("#case-suspend-date")).setValue(LocalDate.of(2026, 11, 16));
        });
        ok(s);
        waitUntil(() -> row(r -> r.history().file().number().equals(number)).progress().state() == CaseState.SUSPENDED);
        assertThat(row(r -> r.history().file().number().equals(number)).progress().light()).isEqualTo(Light.GREEN);
        interact(() -> table().getSelectionModel().select(row(r -> r.history().file().number().equals(number))));
        assertThat(lookup("#cases-status").queryAs(Label.class).getText()).isEqualTo("已暂停计时");

        clickOn("#cases-resume");
        DialogPane r2 = dialog();
        interact(() -> ((DatePicker) r2.lookup("#case-date")).setValue(LocalDate.of(2026, 11, 20)));
        ok(r2);
        waitUntil(() -> row(r -> r.history().file().number().equals(number)).progress().state() == CaseState.OPEN);
        interact(() -> table().getSelectionModel().select(row(r -> r.history().file().number().equals(number))));

        clickOn("#cases-extend");
        DialogPane e = dialog();
        interact(() -> ((Spinner<Integer>) e.lookup("#case-extend-days")).getValueFactory().setValue(10));
        clickOn(e.lookup("#case-extend-reason")).write("需现场核查");
        ok(e); // without approver: refused beside the approver field, the form stays open as typed
        waitUntil(() -> ((Label) e.lookup("#case-extend-approver-message")).getText().contains("批准人"));
        assertThat(e.getScene().getWindow().isShowing()).isTrue();
        assertThat(((TextField) e.lookup("#case-extend-reason")).getText()).isEqualTo("需现场核查");
        assertThat(row(r -> r.history().file().number().equals(number)).progress().extensionDays()).isZero();
        clickOn(e.lookup("#case-extend-approver")).write("副局长 马建国");
        ok(e);
        waitUntil(() -> row(r -> r.history().file().number().equals(number)).progress().extensionDays() == 10);
        interact(() -> table().getSelectionModel().select(row(r -> r.history().file().number().equals(number))));

        clickOn("#cases-complete");
        DialogPane c = dialog();
        clickOn(c.lookup("#case-complete-result")).write("准予许可，已发证");
        ok(c);
        waitUntil(() -> row(r -> r.history().file().number().equals(number)).progress().state() == CaseState.COMPLETED);
        CaseRow done = row(r -> r.history().file().number().equals(number));
        assertThat(done.progress().light()).isEqualTo(Light.GREEN);
        assertThat(done.history().events()).hasSize(5);
        interact(() -> table().getSelectionModel().select(done));
        assertThat(lookup("#cases-timeline").queryAs(TableView.class).getItems()).hasSize(5);
        shot("cases-completed");
    }

    @Test
    void aLaterDayTurnsLightsAndNotifies() throws Exception {
        long redBefore = table().getItems().stream().filter(r -> r.progress().light() == Light.RED).count();
        interact(() -> vm.recheck(LocalDate.of(2026, 11, 25)));
        waitUntil(() -> lookup("#cases-notice").queryAs(Label.class).getText().startsWith("新增预警"));
        assertThat(vm.turned().get()).contains("2026-11-25");
        long redAfter = table().getItems().stream().filter(r -> r.progress().light() == Light.RED).count();
        assertThat(redAfter).isGreaterThan(redBefore);
    }

    @Test
    void statisticsTabShowsTheDepartmentsAndTheChart() throws Exception {
        clickOn(lookup(".tab").match(n -> n.lookup(".tab-label") instanceof javafx.scene.control.Label l
                && l.getText().equals("统计")).queryAs(javafx.scene.Node.class));
        waitUntil(() -> !lookup("#stats-departments").queryAs(TableView.class).getItems().isEmpty());
        assertThat(lookup("#stats-chart").queryAs(javafx.scene.chart.BarChart.class).getData()).hasSize(2);
        shot("cases-stats");
    }
}
