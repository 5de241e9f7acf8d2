package cn.quanze.powers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.ui.shell.WindowTest;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;

/** A new power item in the form of a sub-district office starts at 实施层级 街道, of the district at 区. */
class PowerFormLevelTest extends WindowTest {
    @SuppressWarnings("unchecked")
    private OfficeLevel levelOfANewItem() throws Exception {
        clickOn("#nav-powers");
        waitFor(() -> lookup("#powers-new").tryQuery().isPresent());
        clickOn("#powers-new");
        waitFor(() -> lookup("#powers-edit-level").tryQuery().isPresent());
        return ((ComboBox<OfficeLevel>) lookup("#powers-edit-level").queryAs(ComboBox.class)).getValue();
    }

    @Test
    void aSubDistrictsNewItemIsOfItsOwnLevel() throws Exception {
        var w = TestWorkbench.open(dir.resolve("jd"));
        w.initOffice("JD01", "天平路街道办事处", OfficeLevel.SUBDISTRICT);
        openWindow(w, d -> d);
        assertThat(levelOfANewItem()).isEqualTo(OfficeLevel.SUBDISTRICT);
    }

    @Test
    void theDistrictsNewItemIsOfTheDistrictLevel() throws Exception {
        var w = TestWorkbench.open(dir.resolve("qu"));
        w.initOffice("QU", "徐汇区人民政府办公室", OfficeLevel.DISTRICT);
        openWindow(w, d -> d);
        assertThat(levelOfANewItem()).isEqualTo(OfficeLevel.DISTRICT);
    }
}
