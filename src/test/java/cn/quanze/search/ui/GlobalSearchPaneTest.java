package cn.quanze.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.search.data.GlobalSearch.Kind;
import cn.quanze.ui.shell.WindowTest;
import cn.quanze.search.ui.SearchViewModel.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+K, type, move across the groups with the arrow keys, Enter: the record's pane shows it selected in detail. */
class GlobalSearchPaneTest extends WindowTest {
    private void open() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        openWindow(wb, d -> d);
        clickOn("#nav-home"); // the window has the keyboard focus
    }

    @SuppressWarnings("unchecked")
    private ListView<Entry> results() {
        return lookup("#search-results").queryAs(ListView.class);
    }

    /** Opens the box with Ctrl+K and types {@code text}; returns when the hits are listed. */
    private void searchFor(String text) throws Exception {
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#search-field").tryQuery().isPresent()
                && lookup("#search-field").queryAs(TextField.class).isFocused());
        write(text);
        try {
            // the answer to the whole text, not to a prefix typed on the way: the field holds all of it (each key
            // starts a search at once, on the FX thread) and that last search has finished
            String searching = cn.quanze.core.i18n.I18n.t("search.searching");
            waitFor(() -> text.equals(lookup("#search-field").queryAs(TextField.class).getText())
                    && !searching.equals(lookup("#search-status").queryAs(Labeled.class).getText())
                    && !results().getItems().isEmpty()
                    && results().getSelectionModel().getSelectedItem() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("typed '" + lookup("#search-field").queryAs(TextField.class).getText() + "', status '"
                    + lookup("#search-status").queryAs(Labeled.class).getText() + "', " + results().getItems(), e);
        }
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        waitFor(condition::get);
    }

    @Test
    void arrowDownCrossesIntoTheNextGroupAndEnterOpensTheCaseInItsPane() throws Exception {
        open();
        searchFor("户外广告设置");
        List<Entry> entries = results().getItems();
        assertThat(entries.get(0).isHeader()).isTrue();
        assertThat(entries.get(0).kind()).isEqualTo(Kind.POWER);
        assertThat(entries).filteredOn(Entry::isHeader).extracting(Entry::kind).containsSubsequence(Kind.POWER, Kind.CASE);
        long powers = entries.stream().filter(e -> !e.isHeader() && e.kind() == Kind.POWER).count();
        assertThat(results().getSelectionModel().getSelectedItem().kind()).isEqualTo(Kind.POWER);
        for (int i = 0; i < powers; i++) {
            type(KeyCode.DOWN);
        }
        Entry next = results().getSelectionModel().getSelectedItem();
        Kind secondGroup = entries.stream().filter(Entry::isHeader).skip(1).findFirst().orElseThrow().kind();
        assertThat(next.kind()).as("Down moves past the power items into the next group").isEqualTo(secondGroup);
        assertThat(entries.indexOf(next)).isEqualTo(entries.indexOf(entries.stream().filter(Entry::isHeader).skip(1)
                .findFirst().orElseThrow()) + 1);
        while (results().getSelectionModel().getSelectedItem().kind() != Kind.CASE) {
            type(KeyCode.DOWN);
        }
        Entry chosen = results().getSelectionModel().getSelectedItem();
        type(KeyCode.ENTER);

        waitUntil(() -> lookup("#search-overlay").tryQuery().isEmpty() && lookup("#cases-table").tryQuery().isPresent()
                && lookup("#cases-table").queryAs(TableView.class).getSelectionModel().getSelectedItem() != null);
        var row = (cn.quanze.cases.data.CaseRows.CaseRow) lookup("#cases-table").queryAs(TableView.class)
                .getSelectionModel().getSelectedItem();
        assertThat(row.id()).isEqualTo(chosen.hit().id());
        assertThat(lookup("#cases-detail").queryAs(Labeled.class).getText()).contains(chosen.hit().code());
    }

    @Test
    void eachKindOpensSelectedWithItsDetailAndEscapeCloses() throws Exception {
        open();
        clickOn("#nav-powers");
        waitUntil(() -> lookup("#powers-tree").queryAs(TreeTableView.class).getRoot() != null);
        clickOn("#powers-search").write("社会团体");
        searchFor("大型户外广告设置审批");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#powers-search").queryAs(TextField.class).getText().isEmpty()
                && lookup("#powers-tree").tryQuery().isPresent()
                && lookup("#powers-tree").queryAs(TreeTableView.class).getSelectionModel().getSelectedItem() != null
                && texts(lookup("#powers-detail").queryAs(TabPane.class).getTabs().get(0).getContent()).stream()
                        .anyMatch(t -> t.contains("大型户外广告设置审批")));

        searchFor("提升政府执行力");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#supervision-detail").tryQuery().isPresent()
                && lookup("#supervision-detail").queryAs(Labeled.class).getText().contains("提升政府执行力")
                && lookup("#supervision-table").queryAs(TableView.class).getSelectionModel().getSelectedItem() != null);

        searchFor("稽查办案岗");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#duties-detail-title").tryQuery().isPresent()
                && lookup("#duties-detail-title").queryAs(Labeled.class).getText().contains("市场监管")
                && lookup("#duties-department-table").queryAs(TableView.class).getSelectionModel().getSelectedItem() != null);

        searchFor("编办");
        while (results().getSelectionModel().getSelectedItem().kind() != Kind.DEPARTMENT) {
            type(KeyCode.DOWN);
        }
        Entry unit = results().getSelectionModel().getSelectedItem();
        assertThat(unit.kind()).isEqualTo(Kind.DEPARTMENT);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#admin-units").tryQuery().isPresent()
                && lookup("#admin-units").queryAs(TableView.class).getSelectionModel().getSelectedItem() != null);
        var selected = (cn.quanze.org.domain.Department) lookup("#admin-units").queryAs(TableView.class)
                .getSelectionModel().getSelectedItem();
        assertThat(selected.id()).isEqualTo(unit.hit().id());

        searchFor("食品");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#search-overlay").tryQuery().isEmpty());
    }

    @Test
    void theRailButtonOpensTheBoxAndAQueryWithoutHitsSaysSo() throws Exception {
        open();
        clickOn("#nav-search");
        waitUntil(() -> lookup("#search-field").tryQuery().isPresent());
        write("量子计算机");
        waitUntil(() -> lookup("#search-status").queryAs(Labeled.class).getText().contains("没有找到"));
        assertThat(results().getItems()).isEmpty();
        type(KeyCode.ENTER);
        assertThat(lookup("#search-overlay").tryQuery()).as("Enter without a hit keeps the box open").isPresent();
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> out.addAll(texts(n)));
        }
        return out;
    }
}
