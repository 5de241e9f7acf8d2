package cn.quanze.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.ui.common.Screens;
import cn.quanze.ui.common.Theme;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The window on a small office screen. The build runs this class on a 1280×720 headless screen (the pom's
 * {@code small-screen} execution; {@code -Dsmall.screen=1366x768-32} for the other common laptop size): the main
 * window fits the screen's visual bounds, and every large form keeps its 确定 inside its window and on the screen.
 * With {@code -Dquanze.shots=DIR} it saves what it saw.
 */
class SmallScreenTest extends WindowTest {
    private static Rectangle2D screen() {
        return Screen.getPrimary().getVisualBounds();
    }

    private static String size() {
        return (int) screen().getWidth() + "x" + (int) screen().getHeight();
    }

    private void shot(Node n, String name) {
        interact(() -> Shots.save(n.getScene(), name + "-" + size()));
    }

    /** {@code n} is inside its window, on the screen, and not scrolled or pushed out of its scene. */
    private static void assertInView(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        Window w = n.getScene().getWindow();
        Rectangle2D s = screen();
        assertThat(n.isVisible()).isTrue();
        assertThat(b.getMinX()).as("left edge").isGreaterThanOrEqualTo(Math.max(w.getX(), s.getMinX()) - 0.5);
        assertThat(b.getMinY()).as("top edge").isGreaterThanOrEqualTo(Math.max(w.getY(), s.getMinY()) - 0.5);
        assertThat(b.getMaxX()).as("right edge").isLessThanOrEqualTo(Math.min(w.getX() + w.getWidth(), s.getMaxX()) + 0.5);
        assertThat(b.getMaxY()).as("bottom edge").isLessThanOrEqualTo(Math.min(w.getY() + w.getHeight(), s.getMaxY()) + 0.5);
        Bounds inScene = n.localToScene(n.getBoundsInLocal());
        assertThat(inScene.getMaxY()).isLessThanOrEqualTo(n.getScene().getHeight() + 0.5);
        assertThat(inScene.getMaxX()).isLessThanOrEqualTo(n.getScene().getWidth() + 0.5);
    }

    private static void assertWindowOnScreen(Window w) {
        Rectangle2D s = screen();
        assertThat(w.getX()).isGreaterThanOrEqualTo(s.getMinX() - 0.5);
        assertThat(w.getY()).isGreaterThanOrEqualTo(s.getMinY() - 0.5);
        assertThat(w.getX() + w.getWidth()).isLessThanOrEqualTo(s.getMaxX() + 0.5);
        assertThat(w.getY() + w.getHeight()).isLessThanOrEqualTo(s.getMaxY() + 0.5);
    }

    @Test
    void theMainWindowFitsTheScreenWithEveryPane() throws Exception {
        openDemo();
        assertWindowOnScreen(stage);
        if (Screens.isSmall(screen())) {
            assertThat(stage.isMaximized()).as("maximised on a small screen").isTrue();
        }
        assertThat(stage.getMinWidth()).isLessThanOrEqualTo(screen().getWidth());
        assertThat(stage.getMinHeight()).isLessThanOrEqualTo(screen().getHeight());
        for (String pane : new String[] {"home", "powers", "duties", "deadlines", "supervision", "sync", "admin"}) {
            clickOn("#nav-" + pane);
            waitFor(() -> lookup("#nav-" + pane).queryAs(javafx.scene.control.ToggleButton.class).isSelected());
            assertInView(lookup("#status-settings").query());
            assertInView(lookup("#nav-admin").query());
            shot(stage.getScene().getRoot(), "main-" + pane);
        }
    }

    @Test
    void largeFormsKeepTheirButtonsInView() throws Exception {
        openDemo();
        clickOn("#nav-powers");
        waitFor(() -> lookup("#powers-tree").queryAs(TreeTableView.class).getRoot() != null);
        clickOn("#powers-new");
        waitFor(() -> lookup("#powers-edit-save").tryQuery().isPresent());
        Button save = lookup("#powers-edit-save").queryButton();
        assertWindowOnScreen(save.getScene().getWindow());
        assertInView(save);
        assertInView(lookup("#powers-edit-errors").query());
        shot(save, "form-power");
        clickOn(lookup(".button").match(n -> n instanceof Button b && b.isCancelButton()).queryButton());
        waitFor(() -> lookup("#powers-edit-save").tryQuery().isEmpty());

        clickOn("#nav-duties");
        clickOn("#duties-tab-gaps");
        waitFor(() -> !lookup("#duties-gap-table").queryAs(TableView.class).getItems().isEmpty());
        clickOn(lookup("#duties-gap-table .table-row-cell").nth(0).queryAs(Node.class));
        waitFor(() -> lookup("#duties-form-save").tryQuery().isPresent());
        Node dutySave = lookup("#duties-form-save").query();
        clickOn(dutySave); // refused: every stage row is marked, the buttons stay in view
        assertWindowOnScreen(dutySave.getScene().getWindow());
        assertInView(dutySave);
        shot(dutySave, "form-duty-refused");
        clickOn(lookup(".button").match(n -> n instanceof Button b && b.isCancelButton()).queryButton());
        waitFor(() -> lookup("#duties-form-save").tryQuery().isEmpty());

        clickOn("#nav-deadlines");
        clickOn("#cases-new");
        waitFor(() -> lookup("#case-dialog").tryQuery().isPresent());
        Node caseOk = lookup("#case-dialog #form-button-0").query();
        assertWindowOnScreen(caseOk.getScene().getWindow());
        assertInView(caseOk);
        shot(caseOk, "form-case");
        clickOn(lookup(".button").match(n -> n instanceof Button b && b.isCancelButton()).queryButton());
        waitFor(() -> lookup("#case-dialog").tryQuery().isEmpty());

        clickOn("#nav-supervision");
        clickOn("#supervision-new");
        waitFor(() -> lookup("#form-title").tryQuery().isPresent());
        Node itemOk = lookup("#form-button-0").query();
        assertWindowOnScreen(itemOk.getScene().getWindow());
        assertInView(itemOk);
        shot(itemOk, "form-supervision");
    }

    @Test
    void theFirstRunDialogFitsAndOffersTheOfficesOwnDataFirst() throws Exception {
        wb = track(TestWorkbench.open(dir));
        FxToolkit.setupFixture(() -> {
            Theme.loadFonts();
            Theme.apply(false);
            stage = new javafx.stage.Stage();
            new cn.quanze.app.DesktopApp(wb, stage).requireSignIn(() -> { }).show(null);
        });
        waitFor(() -> lookup("#setup-own").tryQuery().isPresent());
        Button own = lookup("#setup-own").queryButton();
        Button demo = lookup("#setup-demo").queryButton();
        assertThat(own.isDefaultButton()).as("新建本单位数据 is the default").isTrue();
        assertThat(own.getText()).isEqualTo("新建本单位数据");
        assertThat(demo.isDefaultButton()).isFalse();
        assertThat(demo.getText()).isEqualTo("载入示例数据");
        assertWindowOnScreen(own.getScene().getWindow());
        assertInView(own);
        assertInView(demo);
        clickOn(own); // nothing filled in: each problem beside its field, the dialog stays
        waitFor(() -> !lookup("#setup-code-message").queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        assertThat(lookup("#setup-name-message").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("请填写单位名称");
        assertThat(lookup("#setup-admin-password-message").queryAs(javafx.scene.control.Label.class).getText())
                .isNotEmpty();
        assertInView(own);
        shot(own, "setup-refused");
        assertThat(wb.settings().identity()).isEmpty();
    }
}
