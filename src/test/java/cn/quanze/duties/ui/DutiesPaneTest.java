package cn.quanze.duties.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.DutyStage;
import cn.quanze.ui.common.ScriptedDialogs;
import cn.quanze.ui.shell.WindowTest;
import cn.quanze.duties.ui.DutiesViewModel.GapRow;
import cn.quanze.duties.ui.DutiesViewModel.HitRow;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A user fills a gap in the catalog, searches it, adds a post and exports a department, all in the window. */
class DutiesPaneTest extends WindowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private void open() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        openWindow(wb, d -> d.dialogs(dialogs));
        clickOn("#nav-duties");
        waitFor(() -> !table("#duties-table").getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    private void write(String id, String text) {
        TextInputControl field = lookup(id).queryAs(TextInputControl.class);
        interact(() -> field.setText(text));
    }

    @Test
    void fillAGapFromTheGapReportThenFindItBySearch() throws Exception {
        open();
        clickOn("#duties-tab-gaps");
        TableView<GapRow> gaps = table("#duties-gap-table");
        waitFor(() -> gaps.getItems().size() == 8);
        int row = indexOf(gaps, "JL-SCJ-001");
        clickOn(rowOf("#duties-gap-table", row));
        waitFor(() -> lookup("#duties-form-duty").tryQuery().isPresent());
        // the standard stage set of a 行政奖励 item is offered: 受理 审查 决定 送达 事后监管 其他
        assertThat(lookup("#duties-form-stages-5-stage").tryQuery()).isPresent();
        clickOn("#duties-form-save");
        Label errors = lookup("#duties-form-errors").queryAs(Label.class);
        assertThat(errors.getText()).contains("责任事项 第 1 行").contains("内容");
        for (int i = 0; i < 5; i++) {
            clickOn("#duties-form-stages-1-remove");
        }
        write("#duties-form-stages-0-content", "受理食品安全违法行为举报，登记核实举报线索，为举报人保密。");
        write("#duties-form-stages-0-basis", "《中华人民共和国食品安全法》第一百一十五条");
        clickOn("#duties-form-cases-add");
        write("#duties-form-cases-0-text", "泄露举报人信息或者对举报人打击报复的");
        write("#duties-form-cases-0-basis", "《中华人民共和国食品安全法》第一百一十五条");
        clickOn("#duties-form-save");
        waitFor(() -> lookup("#duties-form-duty").tryQuery().isEmpty() && gaps.getItems().size() == 7);
        assertThat(gaps.getItems()).extracting(g -> g.gap().code()).doesNotContain("JL-SCJ-001");
        Duty saved = wb.duties().dutyOf(wb.powers().byCode("JL-SCJ-001").orElseThrow().id()).orElseThrow();
        assertThat(saved.stages()).extracting(Duty.StageDuty::stage).containsExactly(DutyStage.ACCEPT);
        assertThat(saved.cases()).singleElement().satisfies(c -> assertThat(c.number()).isEqualTo(1));

        clickOn("#duties-search").write("举报线索");
        TableView<HitRow> hits = table("#duties-hit-table");
        waitFor(() -> hits.getItems().size() == 1);
        clickOn(lookup("#duties-hit-table .table-row-cell").nth(0).queryAs(Node.class));
        waitFor(() -> lookup("#duties-detail-title").queryAs(Label.class).getText().startsWith("JL-SCJ-001"));

        write("#duties-search", "拆除");
        waitFor(() -> hits.getItems().stream().anyMatch(h -> h.where().contains("城管")));
    }

    @Test
    void departmentViewAddsAPostAndExportsTheCatalog() throws Exception {
        open();
        Path file = dir.resolve("scj.docx");
        dialogs.file(file);
        clickOn("#duties-tab-department");
        TableView<DutiesViewModel.DepartmentRow> units = table("#duties-department-table");
        waitFor(() -> units.getItems().stream().anyMatch(r -> r.unit().code().equals("WLJ")));
        int row = -1;
        for (int i = 0; i < units.getItems().size(); i++) {
            if (units.getItems().get(i).unit().code().equals("WLJ")) {
                row = i;
            }
        }
        int wlj = row;
        interact(() -> units.scrollTo(wlj));
        clickOn(rowOf("#duties-department-table", wlj));
        waitFor(() -> lookup("#duties-detail-title").queryAs(Label.class).getText().equals("区文化旅游局"));
        clickOn("#duties-new-post");
        waitFor(() -> lookup("#duties-form-post").tryQuery().isPresent());
        write("#duties-form-post-0-name", "文化市场审批岗");
        write("#duties-form-post-0-duties", "受理、审查娱乐场所经营活动申请，提出审批意见。");
        clickOn("#duties-form-save");
        waitFor(() -> wb.duties().posts().stream().anyMatch(p -> p.name().equals("文化市场审批岗")));
        waitFor(() -> table("#duties-posts").getItems().size() == 1);

        interact(() -> vmOf().selectDepartment(wb.departments().byCode("SCJ").orElseThrow()));
        waitFor(() -> lookup("#duties-boundaries").tryQuery().isPresent());
        clickOn("#duties-export");
        waitFor(() -> Files.exists(file) && Files.size(file) > 0
                && lookup("#duties-message").queryAs(Label.class).getText().contains("已导出"));
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("区市场监管局权力清单和责任清单");
            assertThat(doc.getTables().get(0).getRow(0).getCell(6).getText()).isEqualTo("责任事项");
        }

        Path xlsx = dir.resolve("scj.xlsx");
        wb.catalogExport().export(wb.departments().byCode("SCJ").orElseThrow(), xlsx);
        dialogs.file(xlsx);
        clickOn("#duties-import");
        waitFor(() -> lookup("#duties-import-go").tryQuery().isPresent());
        clickOn("#duties-import-go");
        waitFor(() -> lookup("#duties-message").queryAs(Label.class).getText().contains("未变 7 项"));

        clickOn("#duties-tab-block");
        TableView<DutiesViewModel.BlockRow> blocks = table("#duties-block-table");
        waitFor(() -> !blocks.getItems().isEmpty());
        clickOn(rowOf("#duties-block-table", indexOfUnit(blocks, "XTJD")));
        waitFor(() -> lookup("#duties-block-cooperating").tryQuery().isPresent());
        assertThat(lookup("#duties-block-withdrawn").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(2);
    }

    private Node rowOf(String tableId, int index) {
        return lookup(tableId + " .table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == index)
                .queryAs(Node.class);
    }

    private DutiesViewModel vmOf() {
        return (DutiesViewModel) lookup("#duties-pane").query().getProperties().get(DutiesViewModel.class);
    }

    private static int indexOf(TableView<GapRow> table, String code) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).gap().code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    private static int indexOfUnit(TableView<DutiesViewModel.BlockRow> table, String code) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).unit().code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }
}
