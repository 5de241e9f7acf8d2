package cn.quanze.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.db.Sql;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.home.data.MyWork;
import cn.quanze.org.data.UserAccounts;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.ui.common.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A sub-district's first day on an empty data directory, in the window: the first-run dialog as 天平路街道办事处
 * (JD01, 街道) with three units typed and the unit list imported, one more unit added on 组织机构, a clerk bound
 * to 社区平安办公室, the office's own 权力清单 imported (实施主体 the office itself), a case and a supervision item
 * for that section created in their forms (the unit found by typing a short name or an alias), and then 我的待办
 * of that clerk.
 */
class FirstDayTest extends WindowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private Path fixture(String name) throws Exception {
        Path f = dir.resolve(name);
        try (var in = FirstDayTest.class.getResourceAsStream("/org/" + name)) {
            Files.copy(in, f);
        }
        return f;
    }

    private void write(String id, String text) {
        TextInputControl c = lookup(id).queryAs(TextInputControl.class);
        clickOn(c);
        interact(() -> c.setText(text));
    }

    /** Types into a unit chooser (clearing it first), then leaves it with TAB so the only match is taken. */
    private void typeUnit(Node root, String id, String text) {
        ComboBox<?> box = (ComboBox<?>) root.lookup(id);
        interact(() -> box.getEditor().clear());
        clickOn(box.getEditor()).write(text);
        type(KeyCode.TAB);
    }

    private Department unit(String code) {
        return wb.units().byCode(code).orElseThrow();
    }

    /** 1366×768 when the (headless) screen is that large (-Dheadless.geometry=1366x768-32 for screenshots). */
    private void bigScreen() {
        if (javafx.stage.Screen.getPrimary().getBounds().getWidth() < 1366) {
            return;
        }
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
    }

    @Test
    void aSubDistrictStartsFromNothingToItsClerksWork() throws Exception {
        Path unitList = fixture("tianpinglu-units.xlsx");
        Path powerList = fixture("tianpinglu-powers.xlsx");
        dialogs.file(unitList).file(powerList);
        wb = TestWorkbench.open(dir.resolve("data"));
        openWindow(wb, d -> d.dialogs(dialogs));

        // 首次使用: the office, three units typed, the unit list chosen, no demo data
        waitFor(() -> lookup("#setup-code").tryQuery().isPresent());
        focusOn("#setup-code").write("JD01");
        focusOn("#setup-name").write("天平路街道办事处");
        interact(() -> lookup("#setup-level").queryAs(ComboBox.class).setValue(OfficeLevel.SUBDISTRICT));
        focusOn("#setup-unit-name-1").write("武装部");
        focusOn("#setup-unit-name-2").write("退役军人服务站");
        interact(() -> lookup("#setup-unit-kind-2").queryAs(ComboBox.class).setValue(UnitKind.CENTER));
        focusOn("#setup-unit-name-3").write("社区卫生服务中心");
        interact(() -> lookup("#setup-unit-kind-3").queryAs(ComboBox.class).setValue(UnitKind.CENTER));
        clickOn("#setup-units-import");
        waitFor(() -> lookup("#setup-units-file").queryAs(Label.class).getText().contains("tianpinglu-units.xlsx"));
        shot(() -> lookup("#setup-code").query().getScene(), "setup-units");
        focusOn("#setup-admin-password").write("tianping2026");
        focusOn("#setup-admin-confirm").write("tianping2026");
        shot(() -> lookup("#setup-code").query().getScene(), "setup-admin");
        clickOn(lookup(".button").match(n -> n instanceof Button b && b.isDefaultButton()).queryButton());
        waitFor(() -> stage.getTitle().contains("天平路街道办事处"));
        bigScreen();

        assertThat(lookup("#setup-units-problems").tryQuery()).isEmpty();
        assertThat(unit("JD01").kind()).isEqualTo(UnitKind.OFFICE);
        assertThat(unit("JD01-01")).extracting(Department::name, Department::kind, Department::parentId)
                .containsExactly("武装部", UnitKind.SECTION, unit("JD01").id());
        assertThat(unit("JD01-02").kind()).isEqualTo(UnitKind.CENTER);
        assertThat(unit("JD01-PAB").parentId()).isEqualTo(unit("JD01").id());
        assertThat(wb.units().all()).hasSize(18).noneMatch(Department::demo);

        // 系统管理 → 组织机构: the tree, one more unit placed by typing its parent's short name
        clickOn("#nav-admin");
        clickOn("#admin-tab-org");
        TreeTableView<?> tree = lookup("#units-tree").queryAs(TreeTableView.class);
        waitFor(() -> tree.getExpandedItemCount() == 18);
        clickOn("#units-new");
        write("#units-code", "JD01-WH");
        write("#units-name", "天平路街道文化活动中心");
        write("#units-short", "文化中心");
        interact(() -> lookup("#units-kind").queryAs(ComboBox.class).setValue(UnitKind.CENTER));
        typeUnit(lookup("#units-pane").query(), "#units-parent", "服务办");
        shot(() -> stage.getScene(), "org-tab");
        clickOn("#units-save");
        waitFor(() -> lookup("#units-message").queryAs(Label.class).getText().contains("已新增"));
        waitFor(() -> tree.getExpandedItemCount() == 19);
        assertThat(unit("JD01-WH").parentId()).isEqualTo(unit("JD01-FWB").id());

        // 系统管理 → 用户: a clerk of 社区平安办公室
        clickOn("#admin-tab-users");
        clickOn("#users-login").write("zhangping");
        clickOn("#users-name").write("张平");
        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Department> c = lookup("#users-unit").queryAs(ComboBox.class);
            c.setValue(c.getItems().stream().filter(d -> d.code().equals("JD01-PAB")).findFirst().orElseThrow());
        });
        clickOn("#users-password").write("pingan2026");
        clickOn("#users-save");
        waitFor(() -> lookup("#users-message").queryAs(Label.class).getText().contains("已创建"));
        assertThat(wb.users().byLogin("zhangping").orElseThrow().departmentId()).isEqualTo(unit("JD01-PAB").id());

        // 权力清单: the office's own list, 实施主体 the office itself (full and short name) and sections by alias
        clickOn("#nav-powers");
        clickOn("#powers-import");
        waitFor(() -> lookup("#powers-import-run").tryQuery().isPresent());
        clickOn("#powers-import-run");
        waitFor(() -> wb.powers().byCode("CF-JD01-001").isPresent());
        clickOn("#powers-import-close");
        assertThat(wb.powers().byCode("JC-JD01-001").orElseThrow().departmentId()).isEqualTo(unit("JD01").id());
        assertThat(wb.powers().byCode("JC-JD01-002").orElseThrow().departmentId()).isEqualTo(unit("JD01-GLB").id());

        // 限时办结: a case of 社区平安办公室, found in the form by its alias 综治办
        clickOn("#nav-deadlines");
        clickOn("#cases-new");
        waitFor(() -> lookup("#case-dialog").tryQuery().isPresent());
        DialogPane caseForm = lookup("#case-dialog").queryAs(DialogPane.class);
        interact(() -> {
            ComboBox<?> power = (ComboBox<?>) caseForm.lookup("#case-power");
            power.getSelectionModel().select(power.getItems().stream().map(Object::toString).toList().indexOf(
                    power.getItems().stream().map(Object::toString).filter(p -> p.contains("QR-JD01-001"))
                            .findFirst().orElseThrow()));
            ((DatePicker) caseForm.lookup("#case-received")).setValue(LocalDate.of(2026, 11, 20));
        });
        clickOn(caseForm.lookup("#case-applicant")).write("王秀英");
        clickOn(caseForm.lookup("#case-matter")).write("居住证申领");
        typeUnit(caseForm, "#case-department", "综治办");
        waitFor(() -> ((ComboBox<?>) caseForm.lookup("#case-department")).getValue() instanceof Department d
                && d.code().equals("JD01-PAB"));
        clickOn((Button) caseForm.lookup("#form-button-0"));
        waitFor(() -> count("SELECT COUNT(*) FROM case_file WHERE applicant = '王秀英' AND department_id = '"
                + unit("JD01-PAB").id() + "'") == 1);

        // 督查督办: an item led by 社区平安办公室, found by typing its short name
        clickOn("#nav-supervision");
        clickOn("#supervision-new");
        waitFor(() -> lookup("#form-title").tryQuery().isPresent());
        write("#form-title", "辖区电动自行车集中充电设施排查");
        write("#form-content", "排查辖区居民区电动自行车充电设施，12 月底前完成整改");
        Node form = lookup("#form-title").query().getScene().getRoot();
        ComboBox<?> lead = (ComboBox<?>) form.lookup("#form-lead");
        interact(() -> lead.getEditor().clear());
        clickOn(lead.getEditor()).write("平安");
        waitFor(() -> lead.getItems().size() == 1);
        shot(() -> form.getScene(), "supervision-form");
        type(KeyCode.TAB);
        waitFor(() -> lead.getValue() instanceof Department d && d.code().equals("JD01-PAB"));
        interact(() -> ((DatePicker) form.lookup("#form-deadline")).setValue(LocalDate.of(2026, 12, 31)));
        clickOn("#form-button-0");
        waitFor(() -> count("SELECT COUNT(*) FROM supervision_item WHERE lead_unit_id = '"
                + unit("JD01-PAB").id() + "'") == 1);

        // 首页 → 我的待办 of the clerk: the section's case and supervision item
        wb.store().signIn(UserAccounts.principalOf(wb.users().byLogin("zhangping").orElseThrow()));
        clickOn("#nav-home");
        TableView<?> work = lookup("#home-work").queryAs(TableView.class);
        waitFor(() -> work.getItems().size() == 2);
        assertThat(work.getItems()).extracting(i -> ((MyWork.Item) i).kind())
                .containsExactlyInAnyOrder(MyWork.Kind.CASE, MyWork.Kind.SUPERVISION);
        assertThat(work.getItems()).extracting(i -> ((MyWork.Item) i).title())
                .contains("居住证申领", "辖区电动自行车集中充电设施排查");
        assertThat(lookup("#home-work-scope").queryAs(Label.class).getText()).contains("社区平安办公室");
        shot(() -> stage.getScene(), "first-day-home");
    }

    private void shot(java.util.function.Supplier<javafx.scene.Scene> scene, String name) {
        interact(() -> Shots.save(scene.get(), name));
    }

    private long count(String sql) {
        return wb.store().read(c -> Sql.count(c, sql));
    }

    /** Clicks a field of the first-run dialog wherever it is: its scroll pane is first moved to show it. */
    private org.testfx.api.FxRobotInterface focusOn(String query) {
        javafx.scene.Node n = lookup(query).query();
        interact(() -> {
            for (javafx.scene.Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    double range = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    if (range > 0) {
                        sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 20) / range)));
                    }
                    break;
                }
            }
        });
        return clickOn(query);
    }
}
