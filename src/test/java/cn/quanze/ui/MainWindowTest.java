package cn.quanze.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.app.DesktopApp;
import cn.quanze.app.Workbench;
import cn.quanze.i18n.I18n;
import cn.quanze.ui.common.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens on a fresh data directory with demo data, and the rail reaches every pane. */
class MainWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private Workbench wb;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (wb != null) {
            wb.close();
        }
    }

    private void open() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        FxToolkit.setupFixture(() -> {
            Theme.loadFonts();
            Theme.apply(false);
            stage = new Stage();
            new DesktopApp(wb, stage).show(null);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.isShowing());
    }

    @Test
    void opensWithDemoDataAndOfficeInTitleAndStatusBar() throws Exception {
        open();
        assertThat(stage.getTitle()).contains("徐汇区人民政府办公室");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !lookup("#status-office").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#status-office").queryAs(Label.class).getText()).contains("QU");
        assertThat(lookup("#status-db").queryAs(Label.class).getText()).contains("quanze.db");
        Label overdue = lookup("#home-card-supervisionOverdue .card-number").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !overdue.getText().equals("–"));
        assertThat(Integer.parseInt(overdue.getText())).as("demo supervision items past their deadline").isPositive();
        Label red = lookup("#home-card-casesRed .card-number").queryAs(Label.class);
        Label yellow = lookup("#home-card-casesYellow .card-number").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !red.getText().equals("–") && !yellow.getText().equals("–"));
        assertThat(Integer.parseInt(red.getText())).as("demo cases overdue on 2026-11-22").isPositive();
        assertThat(Integer.parseInt(yellow.getText())).as("demo cases due soon on 2026-11-22").isPositive();
    }

    @Test
    void railReachesEveryPaneWithItsData() throws Exception {
        open();
        clickOn("#nav-powers");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#powers-tree").tryQuery().isPresent()
                && lookup("#powers-tree").queryAs(TreeTableView.class).getRoot() != null
                && !lookup("#powers-tree").queryAs(TreeTableView.class).getRoot().getChildren().isEmpty());
        clickOn("#powers-search").write("食品");
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<?> tree = lookup("#powers-tree").queryAs(TreeTableView.class);
        assertThat(tree.getRoot().getChildren()).isNotEmpty();

        for (String pane : new String[] {"duties", "deadlines", "supervision", "admin"}) {
            clickOn("#nav-" + pane);
            String table = switch (pane) {
                case "duties" -> "#duties-table";
                case "deadlines" -> "#cases-table";
                case "supervision" -> "#supervision-table";
                default -> "#admin-units";
            };
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> !lookup(table).queryAs(TableView.class).getItems().isEmpty());
        }
        clickOn("#nav-sync");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup("#sync-self").queryAs(Label.class).getText().contains(wb.store().nodeId()));
        clickOn("#nav-home");
        assertThat(lookup("#home-pane").tryQuery()).isPresent();
    }

    @Test
    void shortcutsSwitchPanes() throws Exception {
        open();
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT5)
                .release(javafx.scene.input.KeyCode.DIGIT5, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#supervision-pane").tryQuery().isPresent());
    }
}
