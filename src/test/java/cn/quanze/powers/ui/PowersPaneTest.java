package cn.quanze.powers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.core.files.HeaderDetectorTest;
import cn.quanze.powers.files.PowerImport;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.ui.common.ScriptedDialogs;
import cn.quanze.ui.shell.WindowTest;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The 权力清单 pane in the window: build, search, adjust, cancel, import and export. */
class PowersPaneTest extends WindowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() throws Exception {
        wb = TestWorkbench.withDemo(dir.resolve("data"));
        openWindow(wb, d -> d.dialogs(dialogs));
        clickOn("#nav-powers");
        waitUntil(() -> treeHas("XK-SCJ-001"));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        waitFor(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<PowerItem> tree() {
        return lookup("#powers-tree").queryAs(TreeTableView.class);
    }

    private TreeItem<PowerItem> find(TreeItem<PowerItem> node, String code) {
        if (node.getValue() != null && node.getValue().code().equals(code)) {
            return node;
        }
        for (TreeItem<PowerItem> child : node.getChildren()) {
            TreeItem<PowerItem> hit = find(child, code);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private boolean treeHas(String code) {
        return tree().getRoot() != null && find(tree().getRoot(), code) != null;
    }

    private void select(String code) throws Exception {
        interact(() -> tree().getSelectionModel().select(find(tree().getRoot(), code)));
        waitUntil(() -> lookup("#powers-tab-basic").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        interact(() -> ((ComboBox<T>) lookup(id).queryAs(ComboBox.class)).setValue(value));
    }

    private void answerFile(Path file) {
        dialogs.file(file);
    }

    @Test
    void buildAnItemAndASubItemWithValidationInTheForm() throws Exception {
        clickOn("#powers-new");
        clickOn("#powers-edit-code").write("XK-TEST-001");
        clickOn("#powers-edit-name").write("测试许可事项");
        choose("#powers-edit-type", PowerType.LICENSING);
        Department mzj = wb.departments().byCode("MZJ").orElseThrow();
        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Department> c = lookup("#powers-edit-department").queryAs(ComboBox.class);
            c.setValue(c.getItems().stream().filter(d -> d.id().equals(mzj.id())).findFirst().orElseThrow());
        });
        clickOn("#powers-edit-legal").write("10");
        clickOn("#powers-edit-promised").write("15");
        clickOn("#powers-edit-save");
        Label errors = lookup("#powers-edit-errors").queryAs(Label.class);
        waitUntil(() -> errors.getText().contains("承诺时限不能超过法定时限"));
        assertThat(wb.powers().byCode("XK-TEST-001")).isEmpty();
        doubleClickOn("#powers-edit-promised").eraseText(2).write("5");
        clickOn("#powers-edit-save");
        waitUntil(() -> wb.powers().byCode("XK-TEST-001").isPresent() && treeHas("XK-TEST-001"));
        assertThat(wb.powers().byCode("XK-TEST-001").orElseThrow().promisedLimitDays()).isEqualTo(5);

        select("XK-TEST-001");
        clickOn("#powers-new-sub");
        clickOn("#powers-edit-code").write("01");
        clickOn("#powers-edit-name").write("测试许可事项（新办）");
        clickOn("#powers-edit-save");
        waitUntil(() -> wb.powers().byCode("XK-TEST-001-01").isPresent() && treeHas("XK-TEST-001-01"));
        PowerItem sub = wb.powers().byCode("XK-TEST-001-01").orElseThrow();
        assertThat(sub.parentId()).isEqualTo(wb.powers().byCode("XK-TEST-001").orElseThrow().id());
        assertThat(find(tree().getRoot(), "XK-TEST-001-01").getParent().getValue().code()).isEqualTo("XK-TEST-001");
    }

    @Test
    void searchFiltersTheTreeAndTheTypeSummary() throws Exception {
        clickOn("#powers-search").write("食品经营");
        waitUntil(() -> treeHas("XK-SCJ-001") && !treeHas("JC-RSJ-001"));
        clickOn("#powers-search").eraseText(4).write("人社局");
        waitUntil(() -> treeHas("JC-RSJ-001") && !treeHas("XK-SCJ-001"));
        clickOn("#powers-summary-INSPECTION");
        waitUntil(() -> treeHas("JC-RSJ-001") && !treeHas("XK-RSJ-001"));
    }

    @Test
    void cancelAnItemThenFindItUnderTheFilterWithItsHistory() throws Exception {
        select("CF-SCJ-002");
        clickOn("#powers-adjust");
        clickOn("#powers-adjust-cancel");
        clickOn("#powers-adjust-ok");
        waitUntil(() -> lookup("#powers-adjust-error").queryAs(Label.class).getText().contains("文号"));
        clickOn("#powers-adjust-docno").write("徐府发〔2026〕20号");
        clickOn("#powers-adjust-reason").write("法律修订后取消");
        clickOn("#powers-adjust-ok");
        waitUntil(() -> wb.powers().byCode("CF-SCJ-002").orElseThrow().status() == PowerStatus.CANCELLED);
        waitUntil(() -> !treeHas("CF-SCJ-002"));
        interact(() -> lookup("#powers-show-cancelled").queryAs(CheckBox.class).setSelected(true));
        waitUntil(() -> treeHas("CF-SCJ-002"));
        select("CF-SCJ-002");
        interact(() -> lookup("#powers-detail").queryAs(TabPane.class).getSelectionModel().select(5));
        waitUntil(() -> lookup("#powers-history").tryQuery().isPresent()
                && lookup(".history-adjustment").tryQueryAs(Label.class).map(l -> l.getText().contains("徐府发〔2026〕20号"))
                .orElse(false));
        assertThat(lookup("#powers-history .label").queryAllAs(Label.class)).anyMatch(l -> l.getText().contains("状态：在用 → 取消"));
    }

    @Test
    void delegateAnItem() throws Exception {
        select("JC-RSJ-001");
        clickOn("#powers-adjust");
        clickOn("#powers-adjust-delegate");
        clickOn("#powers-adjust-docno").write("徐府发〔2026〕21号");
        clickOn("#powers-adjust-ok");
        waitUntil(() -> wb.powers().byCode("JC-RSJ-001").orElseThrow().status() == PowerStatus.DELEGATED);
        assertThat(lookup("#powers-notice").queryAs(Label.class).getText()).contains("下放");
    }

    @Test
    void importThroughTheWizardAndExportBoth() throws Exception {
        Path f = dir.resolve("导入.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(f)) {
            XSSFSheet s = book.createSheet("清单");
            HeaderDetectorTest.row(s, 0, "区级权力清单");
            HeaderDetectorTest.row(s, 1, "项目编码", "权责事项名称", "权力类别", "行使主体", "法定时限");
            HeaderDetectorTest.row(s, 2, "QT-UI-001", "窗口导入事项一", "其他", "民政局", 10);
            HeaderDetectorTest.row(s, 3, "QT-UI-002", "窗口导入事项二", "未知", "民政局", 10);
            book.write(o);
        }
        long before = wb.powers().count();
        answerFile(f);
        clickOn("#powers-import");
        waitUntil(() -> lookup("#powers-import-map-name").tryQuery().isPresent());
        assertThat(lookup("#powers-import-map-name").queryAs(ComboBox.class).getValue().toString()).contains("权责事项名称");
        clickOn("#powers-import-run");
        waitUntil(() -> lookup("#powers-import-message").queryAs(Label.class).getText().contains("未写入任何数据"));
        assertThat(lookup("#powers-import-issues").queryAs(javafx.scene.control.ListView.class).getItems().toString())
                .contains("第 4 行 C 列（权力类别）");
        assertThat(wb.powers().count()).isEqualTo(before);
        clickOn("#powers-import-skip");
        clickOn("#powers-import-run");
        waitUntil(() -> wb.powers().byCode("QT-UI-001").isPresent());
        assertThat(wb.powers().count()).isEqualTo(before + 1);
        clickOn("#powers-import-close");
        waitUntil(() -> treeHas("QT-UI-001"));

        Path full = dir.resolve("全部.xlsx");
        answerFile(full);
        clickOn("#powers-export");
        clickOn("#powers-export-full");
        waitUntil(() -> Files.exists(full) && Files.size(full) > 0
                && lookup("#powers-notice").queryAs(Label.class).getText().contains("已导出"));
        PowerImport.Report r = wb.powerImport().importFile(full, new PowerImport.Options(true, false), ReadProgress.NONE);
        assertThat(r.unchanged()).isEqualTo((int) wb.powers().count());

        choose("#powers-filter-type", PowerType.PENALTY);
        waitUntil(() -> !treeHas("XK-SCJ-001"));
        Path shown = dir.resolve("当前.xlsx");
        answerFile(shown);
        clickOn("#powers-export");
        clickOn("#powers-export-shown");
        waitUntil(() -> Files.exists(shown) && Files.size(shown) > 0);
        try (XSSFWorkbook book = new XSSFWorkbook(shown.toFile())) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("职权编码");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            long penalties = wb.powers().all().stream().filter(p -> p.type() == PowerType.PENALTY
                    && p.status() != PowerStatus.CANCELLED).count();
            assertThat(sheet.getLastRowNum()).isEqualTo((int) penalties);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(3).getStringCellValue()).isEqualTo("行政处罚");
            }
        }
    }
}
