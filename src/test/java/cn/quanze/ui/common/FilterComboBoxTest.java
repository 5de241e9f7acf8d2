package cn.quanze.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.ui.shell.WindowTest;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/** A unit chooser with 70+ entries filters as the user types: name, short name and aliases, normalised. */
class FilterComboBoxTest extends WindowTest {
    private FilterComboBox<Department> box;

    private static List<Department> units() {
        List<Department> out = new ArrayList<>();
        for (int i = 1; i <= 72; i++) {
            out.add(new Department("u" + i, "C" + i, "第" + i + "居民区", null, UnitKind.COMMUNITY, false));
        }
        out.add(new Department("m", "SCJ", "区市场监督管理局", "区市场监管局", UnitKind.DEPARTMENT, false)
                .withAliases(List.of("市监局")));
        out.add(new Department("c", "CY", "城市运行管理中心", "城运中心", UnitKind.CENTER, false));
        return out;
    }

    private void show() throws Exception {
        showPane(() -> {
            box = new FilterComboBox<>(units(), Department::name, UnitMatcher::keysOf, UnitMatcher::normalize);
            box.setId("chooser");
            return new VBox(box, new javafx.scene.control.TextField());
        }, 600, 400);
    }

    @Test
    void typingPartOfAShortNameOrAliasLeavesTheUnitsThatHaveIt() throws Exception {
        show();
        assertThat(box.getItems()).hasSize(74);
        clickOn("#chooser").write("市监");
        waitFor(() -> box.getItems().size() == 1);
        assertThat(box.getItems().get(0).code()).isEqualTo("SCJ");
        assertThat(box.isShowing()).isTrue();
        type(KeyCode.ENTER);
        waitFor(() -> box.getValue() != null);
        assertThat(box.getValue().code()).isEqualTo("SCJ");
        assertThat(box.getEditor().getText()).isEqualTo("区市场监督管理局");
    }

    @Test
    void typingOverAChosenUnitReplacesIt() throws Exception {
        show();
        interact(() -> box.setValue(box.getItems().get(0)));
        interact(() -> box.getEditor().clear());
        clickOn(box.getEditor()).write("城运");
        waitFor(() -> box.getItems().size() == 1);
        assertThat(box.getEditor().getText()).isEqualTo("城运");
        type(KeyCode.TAB);
        waitFor(() -> box.getValue() != null);
        assertThat(box.getValue().code()).isEqualTo("CY");
    }

    @Test
    void fullWidthAndSpacesAreIgnoredAndLeavingTakesTheOnlyOneLeft() throws Exception {
        show();
        clickOn("#chooser").write("城 运");
        waitFor(() -> box.getItems().size() == 1);
        type(KeyCode.TAB);
        waitFor(() -> box.getValue() != null);
        assertThat(box.getValue().code()).isEqualTo("CY");
        assertThat(box.matching("ＳＣＪ")).extracting(Department::code).containsExactly("SCJ");
        assertThat(box.matching("居民区")).hasSize(72);
    }
}
