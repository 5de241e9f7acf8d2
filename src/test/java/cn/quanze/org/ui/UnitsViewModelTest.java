package cn.quanze.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.ui.common.SameThreadExecutor;
import cn.quanze.ui.common.ScriptedDialogs;
import cn.quanze.wiring.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 组织机构 tab without a window: every change through UnitRegister, refusals beside the field. */
class UnitsViewModelTest {
    @TempDir
    Path dir;
    Workbench wb;
    SameThreadExecutor tasks;
    ScriptedDialogs dialogs;
    AtomicBoolean admin;
    UnitsViewModel vm;

    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void open() {
        wb = TestWorkbench.open(dir.resolve("d"));
        wb.initOffice("JD01", "天平路街道办事处", OfficeLevel.SUBDISTRICT);
        tasks = new SameThreadExecutor();
        dialogs = new ScriptedDialogs();
        admin = new AtomicBoolean(true);
        vm = new UnitsViewModel(wb.units(), wb.unitImport(), tasks, dialogs, admin::get);
        vm.refresh();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Department unit(String code) {
        return wb.units().byCode(code).orElseThrow();
    }

    private void add(String code, String name, UnitKind kind) {
        vm.newUnit();
        vm.codeProperty().set(code);
        vm.nameProperty().set(name);
        vm.kindProperty().set(kind);
        vm.save();
    }

    @Test
    void aNewUnitGoesUnderTheOfficeAndItsAliasesAreSearchable() {
        assertThat(vm.shown()).extracting(Department::code).containsExactly("JD01");
        vm.newUnit();
        assertThat(vm.parentProperty().get().code()).isEqualTo("JD01");
        vm.codeProperty().set("JD01-CY");
        vm.nameProperty().set("城市运行管理中心");
        vm.shortNameProperty().set("城运中心");
        vm.aliasesProperty().set("网格中心、 城运");
        vm.kindProperty().set(UnitKind.CENTER);
        vm.orderProperty().set("3");
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("已新增单位“城市运行管理中心”");
        Department cy = unit("JD01-CY");
        assertThat(cy.parentId()).isEqualTo(unit("JD01").id());
        assertThat(cy.aliases()).containsExactly("网格中心", "城运");
        assertThat(cy.sortOrder()).isEqualTo(3);
        assertThat(vm.selectedProperty().get()).isEqualTo(cy);

        add("JD01-PA", "平安办", UnitKind.SECTION);
        vm.searchProperty().set("网格");
        assertThat(vm.shown()).extracting(Department::code).containsExactly("JD01", "JD01-CY");
        assertThat(vm.isHit(unit("JD01"))).isFalse();
        assertThat(vm.isHit(cy)).isTrue();
        vm.searchProperty().set("");
        assertThat(vm.shown()).hasSize(3);
    }

    @Test
    void refusalsStandBesideTheirFieldAndWriteNothing() {
        add("JD01-A", "党政办公室", UnitKind.SECTION);
        long before = wb.units().all().size();
        add("JD01-A", "另一个科室", UnitKind.SECTION);
        assertThat(vm.errorProperty(UnitsViewModel.Field.CODE).get()).isEqualTo("编码“JD01-A”已被“党政办公室”使用");
        vm.codeProperty().set("JD01-B");
        vm.orderProperty().set("第一");
        vm.save();
        assertThat(vm.errorProperty(UnitsViewModel.Field.ORDER).get()).isEqualTo("排序“第一”不是整数");
        assertThat(vm.errorProperty(UnitsViewModel.Field.CODE).get()).isEmpty();
        assertThat(wb.units().all()).hasSize((int) before);

        // moving the office under its own section is a cycle, refused at 上级单位
        vm.selectedProperty().set(unit("JD01"));
        vm.parentProperty().set(unit("JD01-A"));
        vm.save();
        assertThat(vm.errorProperty(UnitsViewModel.Field.PARENT).get()).contains("循环");
        assertThat(unit("JD01").parentId()).isNull();
    }

    @Test
    void moveRetireReinstateAndMergeGoThroughTheRegister() {
        add("JD01-A", "社区管理办公室", UnitKind.SECTION);
        add("JD01-B", "自治办", UnitKind.SECTION);
        add("JD01-C", "平安办", UnitKind.SECTION);
        vm.selectedProperty().set(unit("JD01-C"));
        vm.parentProperty().set(unit("JD01-A"));
        vm.save();
        assertThat(unit("JD01-C").parentId()).isEqualTo(unit("JD01-A").id());

        vm.selectedProperty().set(unit("JD01-A"));
        vm.retireOnProperty().set(LocalDate.of(2026, 12, 31));
        vm.retire();
        assertThat(vm.errorProperty(UnitsViewModel.Field.DATE).get()).contains("平安办");
        assertThat(unit("JD01-A").retiredOn()).isNull();

        vm.selectedProperty().set(unit("JD01-C"));
        vm.retireOnProperty().set(LocalDate.of(2026, 12, 31));
        vm.retire();
        assertThat(unit("JD01-C").retiredOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        vm.reinstate();
        assertThat(unit("JD01-C").retiredOn()).isNull();

        vm.selectedProperty().set(unit("JD01-B"));
        vm.mergeIntoProperty().set(unit("JD01-A"));
        dialogs.no();
        vm.merge();
        assertThat(unit("JD01-B").retiredOn()).isNull();
        dialogs.yes();
        vm.merge();
        assertThat(dialogs.asked().get(1).text()).contains("把“自治办”并入“社区管理办公室”");
        assertThat(unit("JD01-B").retiredOn()).isEqualTo(TestWorkbench.CLOCK.instant()
                .atZone(TestWorkbench.ZONE).toLocalDate());
        assertThat(unit("JD01-A").aliases()).contains("自治办");
        assertThat(vm.messageProperty().get()).startsWith("已把“自治办”并入“社区管理办公室”");
        assertThat(vm.selectedProperty().get().code()).isEqualTo("JD01-A");
    }

    @Test
    void anImportIsPreviewedFirstAndWrittenOnlyOnConfirmation() throws Exception {
        Path file = dir.resolve("units.xlsx");
        Files.copy(UnitsViewModelTest.class.getResourceAsStream("/org/tianpinglu-units.xlsx"), file);
        dialogs.file(file);
        vm.importFile();
        assertThat(vm.previewProperty().get()).isNotNull();
        assertThat(vm.previewProperty().get().valid()).isTrue();
        assertThat(vm.previewProperty().get().summary()).contains("新增");
        assertThat(wb.units().all()).hasSize(1);
        vm.confirmImport();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(wb.units().all().size()).isGreaterThanOrEqualTo(8);
        assertThat(vm.units()).hasSameSizeAs(wb.units().all());

        Path out = dir.resolve("out.xlsx");
        dialogs.file(out);
        vm.export();
        assertThat(out).exists();
        assertThat(vm.messageProperty().get()).startsWith("已导出 " + wb.units().all().size() + " 个单位");
    }

    @Test
    void aClerkSeesTheTabReadOnly() {
        admin.set(false);
        vm.refresh();
        assertThat(vm.editableProperty().get()).isFalse();
        admin.set(true);
        vm.refresh();
        assertThat(vm.editableProperty().get()).isTrue();
        assertThat(UnitsViewModel.splitAliases("区市场监管局，市场监管局; 市监局")).isEqualTo(
                List.of("区市场监管局", "市场监管局", "市监局"));
    }
}
