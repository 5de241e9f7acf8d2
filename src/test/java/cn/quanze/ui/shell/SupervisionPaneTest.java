package cn.quanze.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.org.domain.Department;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.SupervisionBoard.Entry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The full life of a supervision item, driven in the window: every state change through the pane's forms. */
class SupervisionPaneTest extends WindowTest {
    private static final String TITLE = "整治背街小巷环境卫生";

    @SuppressWarnings("unchecked")
    private TableView<Entry> table() {
        return lookup("#supervision-table").queryAs(TableView.class);
    }

    private Optional<Entry> ours() {
        return table().getItems().stream().filter(e -> e.item().title().equals(TITLE)).findFirst();
    }

    private void waitFor(SupervisionState state) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> ours().map(e -> e.item().state() == state).orElse(false)
                && lookup("#supervision-detail").queryAs(javafx.scene.control.Label.class).getText()
                        .contains("状态：" + I18n.of(state)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fill(String id, String text) {
        TextInputControl c = lookup(id).queryAs(TextInputControl.class);
        clickOn(c);
        interact(() -> c.setText(text));
    }

    private void ok() {
        clickOn("#form-button-0");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void action(String name) {
        Button b = lookup("#action-" + name).queryAs(Button.class);
        assertThat(b.isDisabled()).as(name + " enabled").isFalse();
        clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fullLifeOfAnItemInTheWindow() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        openWindow(wb, d -> d);
        clickOn("#nav-supervision");
        waitFor(() -> !table().getItems().isEmpty());

        clickOn("#supervision-new");
        fill("#form-title", TITLE);
        fill("#form-content", "对辖区内背街小巷开展环境卫生集中整治");
        @SuppressWarnings("unchecked")
        ComboBox<Department> lead = lookup("#form-lead").queryAs(ComboBox.class);
        interact(() -> lead.getSelectionModel().select(lead.getItems().stream()
                .filter(d -> d.code().equals("JSW")).findFirst().orElseThrow()));
        DatePicker deadline = lookup("#form-deadline").queryAs(DatePicker.class);
        interact(() -> deadline.setValue(LocalDate.of(2027, 3, 31)));
        ok();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> ours().isPresent());

        clickOn("#supervision-search").write("背街小巷");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
        interact(() -> table().getSelectionModel().select(0));
        waitFor(SupervisionState.REGISTERED);
        assertThat(lookup("#action-archive").queryAs(Button.class).isDisabled()).isTrue();

        action("assign");
        waitFor(SupervisionState.ASSIGNED);
        assertThat(ours().orElseThrow().item().displayNumber()).startsWith("督办〔2026〕");

        action("notice");
        Path notice = dir.resolve("exports-test/通知单.pdf");
        fill("#form-file", notice.toString());
        ok();
        waitFor(() -> notice.toFile().exists());

        action("feedback");
        fill("#form-content", "已完成12条小巷整治");
        ok();
        waitFor(SupervisionState.IN_PROGRESS);

        action("urge");
        fill("#form-text", "请加快进度，月底前完成一半");
        ok();

        action("requestExtension");
        fill("#form-text", "雨季施工受限");
        ok();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ours().orElseThrow().item().requestedDeadline() != null);
        action("decideExtension");
        ok();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ours().orElseThrow().item().requestedDeadline() == null
                && ours().orElseThrow().item().deadline().isAfter(LocalDate.of(2027, 3, 31)));

        action("requestCompletion");
        fill("#form-text", "整治任务全部完成");
        ok();
        waitFor(SupervisionState.COMPLETION_REQUESTED);
        action("review");
        fill("#form-text", "缺少验收照片");
        clickOn("#form-button-1");
        waitFor(SupervisionState.IN_PROGRESS);

        action("requestCompletion");
        fill("#form-text", "补充了验收照片");
        ok();
        waitFor(SupervisionState.COMPLETION_REQUESTED);
        action("review");
        fill("#form-text", "同意办结");
        ok();
        waitFor(SupervisionState.COMPLETED);
        action("archive");
        waitFor(SupervisionState.ARCHIVED);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#supervision-timeline").queryAs(TableView.class).getItems().size() >= 13);
        assertThat(lookup("#action-feedback").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(wb.supervision().eventsOf(ours().orElseThrow().item().id())).hasSize(12);
    }

    @Test
    void deferWithdrawRectifyAndReportFromThePane() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        openWindow(wb, d -> d);
        clickOn("#nav-supervision");
        waitFor(() -> !table().getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<SupervisionState> state = lookup("#supervision-filter-state").queryAs(ComboBox.class);
        interact(() -> state.setValue(SupervisionState.IN_PROGRESS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().stream()
                .allMatch(e -> e.item().state() == SupervisionState.IN_PROGRESS));
        Entry first = table().getItems().get(0);
        String id = first.item().id();
        interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();

        action("rectify");
        fill("#form-problem", "台账资料不完整");
        interact(() -> lookup("#form-deadline").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 20)));
        ok();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wb.supervision().rectifications().stream()
                .anyMatch(r -> id.equals(r.itemId()) && r.problem().equals("台账资料不完整")));

        action("defer");
        fill("#form-text", "等待上级政策明确");
        ok();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> wb.supervision().byId(id).orElseThrow().state() == SupervisionState.DEFERRED);
        interact(() -> state.setValue(null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() > 60);
        interact(() -> table().getItems().stream().filter(e -> e.item().id().equals(id)).findFirst()
                .ifPresent(e -> table().getSelectionModel().select(e)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookup("#action-withdraw").queryAs(Button.class).isDisabled());
        action("withdraw");
        fill("#form-text", "并入其他督办事项");
        ok();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> wb.supervision().byId(id).orElseThrow().state() == SupervisionState.WITHDRAWN);

        clickOn("#supervision-report");
        Path report = dir.resolve("专报.pdf");
        fill("#form-file", report.toString());
        ok();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> report.toFile().length() > 3000);
        clickOn("#supervision-ledger");
        Path ledger = dir.resolve("台账.xlsx");
        fill("#form-file", ledger.toString());
        ok();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ledger.toFile().length() > 3000);
        assertThat(lookup("#supervision-search").queryAs(TextField.class)).isNotNull();
    }
}
