package cn.quanze.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.domain.Ids;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.data.UnitRegister;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.files.UnitImport;
import cn.quanze.powers.data.PowerRecords;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.wiring.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and deleting the demo district never takes the office's own units, nor marks them 示例数据. */
class DemoUnitsTest {
    @TempDir
    Path dir;

    @Test
    void demoLoadAndDeleteKeepTheUsersUnits() throws Exception {
        try (Workbench wb = TestWorkbench.open(dir.resolve("d"))) {
            wb.initOffice("JD01", "天平路街道办事处", OfficeLevel.SUBDISTRICT);
            Path list = dir.resolve("units.xlsx");
            try (var in = DemoUnitsTest.class.getResourceAsStream("/org/tianpinglu-units.xlsx")) {
                Files.copy(in, list);
            }
            UnitImport.Report imported = wb.unitImport().importFile(list, false);
            assertThat(imported.written()).isTrue();
            wb.units().add(UnitRegister.Draft.of("JD01-MZK", "区民政局").withKind(UnitKind.DEPARTMENT));
            Set<String> mine = wb.units().all().stream().map(Department::id).collect(Collectors.toSet());
            assertThat(mine).hasSize(16);

            wb.demoData().load();
            List<Department> afterLoad = wb.units().all();
            assertThat(afterLoad).filteredOn(d -> mine.contains(d.id())).hasSize(16)
                    .allSatisfy(d -> assertThat(d.demo()).as(d.name()).isFalse());
            assertThat(afterLoad).filteredOn(Department::demo).isNotEmpty();
            // the demo's 天平路街道办事处 and 区民政局 are the office's own units, not second ones beside them
            assertThat(afterLoad).filteredOn(d -> d.name().equals("天平路街道办事处")).hasSize(1);
            assertThat(afterLoad).filteredOn(d -> d.name().equals("区民政局")).singleElement()
                    .satisfies(d -> assertThat(d.code()).isEqualTo("JD01-MZK"));

            // a real power item of the office refers to a demo unit: that unit stays when the demo goes
            Department fgw = wb.units().byCode("FGW").orElseThrow();
            wb.store().run("test", uow -> uow.put(PowerRecords.POWER_ITEM, new PowerItem(Ids.newId(), "QT-JD01-009",
                    "配合开展投资项目审批服务", PowerType.OTHER, null, fgw.id(), null, OfficeLevel.SUBDISTRICT, null, null,
                    null, null, null, null, null, PowerStatus.ACTIVE, null, false)));
            wb.demoData().remove();
            List<Department> afterRemove = wb.units().all();
            assertThat(afterRemove).extracting(Department::id).containsAll(mine).contains(fgw.id());
            assertThat(afterRemove).hasSize(17);
            assertThat(wb.dbCheck().run()).isEmpty();
        }
    }
}
