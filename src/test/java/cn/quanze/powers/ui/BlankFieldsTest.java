package cn.quanze.powers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.powers.files.PowerColumns;
import cn.quanze.powers.files.PowerExport;
import cn.quanze.ui.shell.WindowTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;

/** What was left blank shows blank: in the detail of an item and in its export, no 不收费, 即办/无 or （无）. */
class BlankFieldsTest extends WindowTest {
    private static final PowerItem BARE = new PowerItem("p-bare", "QT-TEST-001", "测试其他事项", PowerType.OTHER, null,
            "d-1", null, OfficeLevel.DISTRICT, null, null, null, List.of(), List.of(), List.of(), null,
            PowerStatus.ACTIVE, null, false);

    @Test
    void aBareItemShowsOnlyWhatWasEntered() throws Exception {
        PowerDetailView[] view = new PowerDetailView[1];
        showPane(() -> {
            view[0] = new PowerDetailView();
            view[0].show(new PowerDetail(BARE, null, "区民政局", List.of(), List.of(), List.of(BARE)));
            return (javafx.scene.Parent) view[0].root();
        }, 700, 600);
        Map<String, String> basic = rows(lookup("#powers-detail").query());
        assertThat(basic).containsEntry("职权编码", "QT-TEST-001").containsEntry("实施主体", "区民政局")
                .containsEntry("收费依据及标准", "").containsEntry("承办机构", "").containsEntry("备注", "");
        assertThat(basic.entrySet().stream().filter(e -> e.getKey().contains("时限")).map(Map.Entry::getValue))
                .hasSize(2).allMatch(String::isEmpty);
        List<String> shown = lookup("#powers-detail .label").queryAll().stream().map(n -> ((Labeled) n).getText())
                .filter(t -> t != null).toList();
        assertThat(shown).isNotEmpty().noneMatch(t -> t.contains("不收费") || t.contains("即办") || t.contains("（无）")
                || t.equals("无"));
    }

    @Test
    void theExportLeavesTheBlankCellsBlank() {
        List<String> fields = List.of(PowerColumns.CODE, PowerColumns.LEGAL_LIMIT, PowerColumns.PROMISED_LIMIT,
                PowerColumns.FEE_BASIS, PowerColumns.FEE_STANDARD, PowerColumns.PHONE, PowerColumns.REMARKS);
        List<String> row = PowerExport.cells(fields, List.of(BARE), List.of(new Department("d-1", "MZJ", "区民政局",
                null, null, false))).get(0);
        assertThat(row).containsExactly("QT-TEST-001", "", "", "", "", "", "");
        PowerItem free = new PowerItem("p-free", "QT-TEST-002", "写明不收费的事项", PowerType.OTHER, null, "d-1", null,
                OfficeLevel.DISTRICT, 5, 3, new PowerItem.Fee("不收费", null), List.of(), List.of(), List.of(), null,
                PowerStatus.ACTIVE, null, false);
        assertThat(PowerExport.cells(fields, List.of(free), List.of()).get(0))
                .as("a value the user entered is shown as entered").containsExactly("QT-TEST-002", "5", "3", "不收费", "",
                        "", "");
        assertThat(PowerDetailView.fee(free.fee())).isEqualTo("不收费");
        assertThat(PowerDetailView.fee(null)).isEmpty();
    }

    /** The label → value rows of the 基本信息 grid. */
    private Map<String, String> rows(Node detail) {
        GridPane grid = lookup(n -> n instanceof GridPane g && g.getChildren().stream()
                .anyMatch(c -> c instanceof Labeled l && "职权编码".equals(l.getText()))).queryAs(GridPane.class);
        Map<Integer, List<Node>> byRow = grid.getChildren().stream().collect(Collectors.groupingBy(
                n -> GridPane.getRowIndex(n) == null ? 0 : GridPane.getRowIndex(n)));
        return byRow.values().stream().collect(Collectors.toMap(cells -> ((Labeled) cells.get(0)).getText(),
                cells -> ((Labeled) cells.get(1)).getText(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
