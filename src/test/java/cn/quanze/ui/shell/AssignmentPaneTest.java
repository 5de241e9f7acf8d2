package cn.quanze.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.supervision.domain.Dispatch.Decision;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.Receipt;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.data.AssignmentBoard.Line;
import cn.quanze.sync.data.ImportReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 交办 driven in the window on two data directories (a district and a sub-district office, one JVM): the office
 * signs in its inbox, decomposes, reports and asks for completion; the district sees it in its roll-up and approves;
 * the decision travels back. Only sync files pass between the two.
 */
class AssignmentPaneTest extends WindowTest {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    private Workbench district;
    private Workbench office;

    private static Workbench node(Path d, String code, String name, OfficeLevel level) {
        Workbench wb = TestWorkbench.open(d);
        wb.store().run("office.init", uow -> wb.settings().saveIdentity(uow, code, name, level));
        wb.sync().self();
        return wb;
    }

    private static void trust(Workbench a, Workbench b, Path card) {
        b.sync().writeCard(card);
        a.sync().trust(a.sync().readCard(card));
    }

    private void send(Workbench from, Workbench to, String toCode) {
        Path f = dir.resolve(from.sync().nextFileName(toCode));
        from.sync().export(toCode, false, f, n -> { });
        assertThat(to.sync().importFile(f, false).status()).isEqualTo(ImportReport.Status.APPLIED);
    }

    /** Opens a window on the data directory; the earlier window stays open behind it (both live in this JVM). */
    private void open(Workbench workbench) throws Exception {
        openWindow(workbench, d -> d);
        clickOn(node("#nav-supervision"));
    }

    /** A node of the current window (both windows have the same ids). */
    private javafx.scene.Node node(String id) {
        return from(stage.getScene().getRoot()).lookup(id).query();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) node(id);
    }

    private void select(String tableId) {
        interact(() -> table(tableId).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fill(String id, String text) {
        TextInputControl c = lookup(id).queryAs(TextInputControl.class);
        interact(() -> c.setText(text));
    }

    private void ok() {
        clickOn("#form-button-0");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void officeSignsDecomposesAndReportsDistrictApprovesInTheWindow() throws Exception {
        district = track(node(dir.resolve("qu"), "QU", "徐汇区人民政府办公室", OfficeLevel.DISTRICT));
        office = track(node(dir.resolve("jd"), "JD01", "天平路街道办事处", OfficeLevel.SUBDISTRICT));
        trust(district, office, dir.resolve("jd.card"));
        trust(office, district, dir.resolve("qu.card"));
        district.store().run("test.units", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT,
                new Department("u-jd01", "JD01", "天平路街道办事处", null, UnitKind.SUBDISTRICT, false)));
        SupervisionItem draft = new SupervisionItem(null, 0, 0, SupervisionSource.LEADER_INSTRUCTION, "徐府办〔2026〕18号",
                null, "老旧小区加装电梯攻坚", "年底前完成 3 个小区加装电梯的意见征询", Importance.NORMAL, "u-jd01", List.of(),
                null, null, null, DEADLINE, null, List.of(), FeedbackCycle.MONTHLY, null, SupervisionState.REGISTERED,
                null, null, null, 0, false);
        String itemId = district.supervisionService().register(draft).id();
        district.supervisionService().assign(itemId);
        send(district, office, "JD01");

        // the office: 待签收 → 签收, 分解, sub-task progress, share, 进展反馈, 申请办结
        open(office);
        clickOn(node("#supervision-tab-inbox"));
        waitUntil(() -> table("#assign-inbox").getItems().size() == 1);
        Line waiting = this.<Line>table("#assign-inbox").getItems().get(0);
        assertThat(waiting.issuerName()).isEqualTo("徐汇区人民政府办公室");
        assertThat(waiting.item().sourceDocNo()).isEqualTo("徐府办〔2026〕18号");
        interact(() -> Shots.save(stage.getScene(), "assign-inbox"));
        select("#assign-inbox");
        clickOn(node("#assign-sign"));
        waitUntil(() -> table("#assign-received").getItems().size() == 1 && table("#assign-inbox").getItems().isEmpty());

        select("#assign-received");
        clickOn(node("#assign-subtask"));
        fill("#form-department", "城建管理科");
        fill("#form-assignee", "王科长");
        fill("#form-content", "完成 3 个小区意见征询");
        DatePicker deadline = lookup("#form-deadline").queryAs(DatePicker.class);
        interact(() -> deadline.setValue(DEADLINE.minusDays(10)));
        ok();
        waitUntil(() -> table("#assign-subtasks").getItems().size() == 1);
        select("#assign-subtasks");
        clickOn(node("#assign-subtask-progress"));
        @SuppressWarnings("unchecked")
        Spinner<Integer> progress = lookup("#form-progress").queryAs(Spinner.class);
        interact(() -> progress.getValueFactory().setValue(100));
        fill("#form-text", "三个小区均已完成征询");
        ok();
        waitUntil(() -> office.officeAssignments() != null && office.assignmentBoard().received().get(0).subtasks()
                .get(0).done());
        waitUntil(() -> !table("#assign-received").getItems().isEmpty());
        select("#assign-received");
        clickOn(node("#assign-share"));
        waitUntil(() -> office.assignmentBoard().received().get(0).receipt().shareSubtasks());
        select("#assign-received");
        clickOn(node("#assign-report"));
        fill("#form-text", "意见征询全部完成，进入施工准备");
        ok();
        waitUntil(() -> office.assignmentBoard().received().get(0).receipt().progress() == 100);
        select("#assign-received");
        clickOn(node("#assign-complete"));
        fill("#form-text", "3 个小区均已完成，申请办结");
        ok();
        waitUntil(() -> office.assignmentBoard().received().get(0).receipt().requestSeq() == 1);
        select("#assign-received");
        interact(() -> Shots.save(stage.getScene(), "assign-office"));
        send(office, district, "QU");

        // the district: the roll-up shows the office's 签收, progress and request; 办结审核 → 通过
        open(district);
        clickOn(node("#supervision-tab-rollup"));
        waitUntil(() -> table("#assign-rollup").getItems().size() == 1);
        Line line = this.<Line>table("#assign-rollup").getItems().get(0);
        assertThat(line.receipt().status()).isEqualTo(Receipt.ReceiptStatus.SIGNED);
        assertThat(line.receipt().progress()).isEqualTo(100);
        assertThat(line.lastHeard()).isNotNull();
        assertThat(((Label) node("#assign-counts")).getText()).contains("已签收 1").contains("待审核申请 1");
        assertThat(district.supervision().byId(itemId).orElseThrow().state())
                .isEqualTo(SupervisionState.COMPLETION_REQUESTED);
        select("#assign-rollup");
        assertThat(((Label) node("#assign-shared")).getText()).contains("城建管理科");
        interact(() -> Shots.save(stage.getScene(), "assign-rollup"));
        clickOn(node("#assign-review"));
        fill("#form-text", "同意办结");
        ok();
        waitUntil(() -> district.supervision().byId(itemId).orElseThrow().state() == SupervisionState.COMPLETED);
        waitUntil(() -> ((Label) node("#assign-counts")).getText().contains("已办结 1"));

        // the decision travels back
        send(district, office, "JD01");
        Line back = office.assignmentBoard().received().get(0);
        assertThat(back.dispatch().decision()).isEqualTo(Decision.COMPLETION_APPROVED);
        assertThat(office.supervision().byId(itemId).orElseThrow().state()).isEqualTo(SupervisionState.COMPLETED);
    }
}
