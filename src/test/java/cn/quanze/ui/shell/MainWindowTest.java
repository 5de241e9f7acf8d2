package cn.quanze.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens on a fresh data directory with demo data, and the rail reaches every pane. */
class MainWindowTest extends WindowTest {
    @Test
    void opensWithDemoDataAndOfficeInTitleAndStatusBar() throws Exception {
        openDemo();
        assertThat(stage.getTitle()).contains("徐汇区人民政府办公室");
        waitFor(
                () -> !lookup("#status-office").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#status-office").queryAs(Label.class).getText()).contains("QU");
        assertThat(lookup("#status-db").queryAs(Label.class).getText()).contains("quanze.db");
        Label overdue = lookup("#home-card-supervisionOverdue .card-number").queryAs(Label.class);
        waitFor(() -> !overdue.getText().equals("–"));
        assertThat(Integer.parseInt(overdue.getText())).as("demo supervision items past their deadline").isPositive();
        Label red = lookup("#home-card-casesRed .card-number").queryAs(Label.class);
        Label yellow = lookup("#home-card-casesYellow .card-number").queryAs(Label.class);
        waitFor(() -> !red.getText().equals("–") && !yellow.getText().equals("–"));
        assertThat(Integer.parseInt(red.getText())).as("demo cases overdue on 2026-11-22").isPositive();
        assertThat(Integer.parseInt(yellow.getText())).as("demo cases due soon on 2026-11-22").isPositive();
    }

    @Test
    void railReachesEveryPaneWithItsData() throws Exception {
        openDemo();
        clickOn("#nav-powers");
        waitFor(() -> lookup("#powers-tree").tryQuery().isPresent()
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
            waitFor(
                    () -> !lookup(table).queryAs(TableView.class).getItems().isEmpty());
        }
        clickOn("#nav-sync");
        waitFor(
                () -> lookup("#sync-self").queryAs(Label.class).getText().contains(wb.store().nodeId()));
        clickOn("#nav-home");
        assertThat(lookup("#home-pane").tryQuery()).isPresent();
    }

    @Test
    void shortcutsSwitchPanes() throws Exception {
        openDemo();
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT5)
                .release(javafx.scene.input.KeyCode.DIGIT5, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#supervision-pane").tryQuery().isPresent());
    }
}
