package cn.quanze.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Light;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.supervision.data.SupervisionBoard;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** 首页 on the demo data: each card opens its pane with exactly the rows it counted, and the cards follow changes. */
class HomePaneTest extends DemoWindow {

    private int card(String name) throws Exception {
        Label n = lookup("#home-card-" + name + " .card-number").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !n.getText().equals("–"));
        return Integer.parseInt(n.getText());
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    @Test
    void caseAndSupervisionCardsOpenExactlyTheRowsTheyCount() throws Exception {
        int red = card("casesRed");
        assertThat(red).isPositive();
        clickOn("#home-card-casesRed");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#cases-table").tryQuery().isPresent()
                && table("#cases-table").getItems().size() == red);
        TableView<CaseRow> cases = table("#cases-table");
        assertThat(cases.getItems()).allSatisfy(r -> {
            assertThat(r.progress().light()).isEqualTo(Light.RED);
            assertThat(r.progress().isOpen()).isTrue();
        });
        assertThat(lookup("#cases-named-filter").queryAs(javafx.scene.layout.HBox.class).isVisible()).isTrue();
        clickOn("#cases-named-filter-clear");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cases.getItems().size() > red);

        clickOn("#nav-home");
        int overdue = card("supervisionOverdue");
        clickOn("#home-card-supervisionOverdue");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#supervision-table").tryQuery().isPresent()
                && table("#supervision-table").getItems().size() == overdue);
        TableView<SupervisionBoard.Entry> items = table("#supervision-table");
        assertThat(items.getItems()).allSatisfy(e -> assertThat(e.item().deadline()).isBefore(wb.cases().today()));

        clickOn("#nav-home");
        int review = card("awaitingReview");
        clickOn("#home-card-awaitingReview");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> items.getItems().size() == review);
        assertThat(review).isPositive();
    }

    @Test
    void catalogAndSyncCardsOpenTheirTab() throws Exception {
        int gaps = card("catalogGaps");
        clickOn("#home-card-catalogGaps");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#duties-gap-table").tryQuery().isPresent()
                && lookup("#duties-gap-table").queryAs(TableView.class).isVisible()
                && lookup("#duties-gap-table").queryAs(TableView.class).getItems().size() == gaps);

        clickOn("#nav-home");
        card("conflicts");
        clickOn("#home-card-conflicts");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> selectedTab().equals("sync-tab-conflicts"));
        clickOn("#nav-home");
        clickOn("#home-card-proposals");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> selectedTab().equals("sync-tab-proposals"));
    }

    private String selectedTab() {
        return lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(x -> "sync-tab-conflicts".equals(x.getId())))
                .map(t -> String.valueOf(t.getSelectionModel().getSelectedItem().getId())).findFirst().orElse("");
    }

    @Test
    void cardsFollowAChangeMadeElsewhereWithoutARestart() throws Exception {
        int red = card("casesRed");
        CaseRow oneRed = cn.quanze.cases.data.CaseRows.load(wb.cases(), wb.departments(), wb.powers(), wb.cases().today())
                .stream().filter(r -> r.progress().isOpen() && r.progress().light() == Light.RED).findFirst()
                .orElseThrow();
        // as a sync import or another window would: a write to the store, not through this pane
        wb.cases().complete(oneRed.id(), wb.cases().today(), "已办结");
        Label n = lookup("#home-card-casesRed .card-number").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> n.getText().equals(Integer.toString(red - 1)));
    }

    @Test
    void syncCardsFollowAnImportedFile() throws Exception {
        Path file;
        try (Workbench street = cn.quanze.TestWorkbench.open(dir.resolve("jd"))) {
            street.store().run("office.init", uow -> street.settings().saveIdentity(uow, "JD01", "湖南路街道办事处",
                    OfficeLevel.SUBDISTRICT));
            Path ca = dir.resolve("qu.card");
            Path cb = dir.resolve("jd.card");
            wb.sync().writeCard(ca);
            street.sync().writeCard(cb);
            wb.sync().trust(wb.sync().readCard(cb));
            street.sync().trust(street.sync().readCard(ca));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> card("silentPartners") == 1);
            assertThat(card("proposals")).isZero();
            street.sync().importFile(wb.sync().export("JD01", false, dir.resolve("a.qzb"), n -> { }).file(), false);
            Department unit = street.departments().all().get(0);
            street.store().run("t", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, new Department(unit.id(), unit.code(),
                    unit.name() + "（更名）", unit.shortName(), unit.kind(), unit.demo())));
            file = street.sync().export("QU", false, dir.resolve("b.qzb"), n -> { }).file();
        }
        wb.sync().importFile(file, false); // as the 同步 pane or the sync folder does, while 首页 is shown
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> card("proposals") == 1 && card("silentPartners") == 0);
    }
}
