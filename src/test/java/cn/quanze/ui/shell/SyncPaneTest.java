package cn.quanze.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Sql;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A sub-district's file given to the app opens the import preview; confirming imports it; its change to the
 * district's department waits in the proposals inbox until accepted in the window.
 */
class SyncPaneTest extends WindowTest {
    private Workbench district;

    @Test
    void previewThenImportThenAcceptAProposal() throws Exception {
        district = track(office("qu", "QU", "徐汇区人民政府办公室", OfficeLevel.DISTRICT));
        Path file;
        try (Workbench street = office("jd", "JD01", "湖南路街道办事处", OfficeLevel.SUBDISTRICT)) {
            trustEachOther(district, street);
            district.store().run("t", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT,
                    new Department("d1", "D01", "区发改委", null, UnitKind.DEPARTMENT, false)));
            street.sync().importFile(district.sync().export("JD01", false, dir.resolve("a.qzb"), n -> { }).file(), false);
            street.store().run("t", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT,
                    new Department("d1", "D01", "区发展和改革委员会", null, UnitKind.DEPARTMENT, false)));
            file = street.sync().export("QU", false, dir.resolve(street.sync().nextFileName("QU")), n -> { }).file();
        }
        // the district's second desktop edits the same field at the same time: a conflict
        try (Workbench desk2 = office("qu2", "QU", "徐汇区人民政府办公室", OfficeLevel.DISTRICT)) {
            trustEachOther(district, desk2);
            desk2.sync().importFile(district.sync().export("QU", false, dir.resolve("b.qzb"), n -> { }).file(), false);
            district.store().run("t", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT,
                    new Department("d1", "D01", "区发改委", "发改委", UnitKind.DEPARTMENT, false)));
            desk2.store().run("t", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT,
                    new Department("d1", "D01", "区发改委", "区发改", UnitKind.DEPARTMENT, false)));
            district.sync().importFile(desk2.sync().export("QU", false, dir.resolve("c.qzb"), n -> { }).file(), false);
        }
        openWindow(district, d -> {
            d.openOnReady(file);
            return d;
        });
        waitFor(() -> lookup("#sync-preview").tryQuery().isPresent()
                && !lookup("#sync-preview").queryAs(TableView.class).getItems().isEmpty());
        assertThat(lookup("#sync-preview-summary").queryAs(Label.class).getText()).contains("湖南路街道办事处")
                .contains("修改建议 1");
        assertThat(name()).isEqualTo("区发改委");
        shot("preview");
        clickOn("#sync-confirm-import");
        waitFor(
                () -> lookup("#sync-message").queryAs(Label.class).getText().contains("已导入"));
        assertThat(name()).isEqualTo("区发改委");
        clickOn(I18n.t("sync.tab.conflicts"));
        TableView<?> conflicts = lookup("#sync-conflicts").queryAs(TableView.class);
        waitFor(() -> conflicts.getItems().size() == 1);
        interact(() -> conflicts.getSelectionModel().select(0));
        shot("conflicts");
        clickOn(I18n.t("sync.pane.keepVersion", 1));
        waitFor(() -> conflicts.getItems().isEmpty());
        clickOn(I18n.t("sync.tab.proposals"));
        TableView<?> proposals = lookup("#sync-proposals").queryAs(TableView.class);
        waitFor(() -> proposals.getItems().size() == 1);
        interact(() -> proposals.getSelectionModel().select(0));
        shot("proposals");
        clickOn("#sync-accept");
        waitFor(() -> proposals.getItems().isEmpty());
        assertThat(name()).isEqualTo("区发展和改革委员会");
        clickOn(I18n.t("sync.tab.partners"));
        waitFor(
                () -> lookup("#sync-partners").queryAs(TableView.class).getItems().size() == 2);
        shot("partners");
        assertThat(district.dbCheck().run()).isEmpty();
    }

    /** With -Dsync.screenshots=DIR, saves what the pane looks like (for looking at it, not for asserting). */
    private void shot(String name) throws Exception {
        String out = System.getProperty("sync.screenshots");
        if (out == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, img.getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(b, "png", Path.of(out, "sync-pane-" + name + ".png").toFile());
    }

    private Workbench office(String name, String code, String officeName, OfficeLevel level) {
        Workbench wb = TestWorkbench.open(dir.resolve(name));
        wb.store().run("office.init", uow -> wb.settings().saveIdentity(uow, code, officeName, level));
        return wb;
    }

    /** Each side imports the other's identity card and trusts it. */
    private void trustEachOther(Workbench a, Workbench b) {
        Path ca = dir.resolve(a.store().nodeId() + ".card");
        Path cb = dir.resolve(b.store().nodeId() + ".card");
        a.sync().writeCard(ca);
        b.sync().writeCard(cb);
        a.sync().trust(a.sync().readCard(cb));
        b.sync().trust(b.sync().readCard(ca));
    }

    private String name() {
        return district.store().read(c -> Sql.one(c, "SELECT name FROM department WHERE id = 'd1'")).orElseThrow()
                .str("name");
    }
}
