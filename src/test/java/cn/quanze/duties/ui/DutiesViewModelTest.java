package cn.quanze.duties.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.i18n.I18n;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.DutyStage;
import cn.quanze.duties.domain.GapKind;
import cn.quanze.duties.ui.DutiesViewModel.GapRow;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.ui.common.SameThreadExecutor;
import cn.quanze.ui.common.ScriptedDialogs;
import cn.quanze.wiring.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 责任清单 without a window: the demo catalog's three views and gaps, a gap closed through its form, files. */
class DutiesViewModelTest {
    private final cn.quanze.ui.common.RecordingForm outcome = new cn.quanze.ui.common.RecordingForm();

    @TempDir
    Path dir;
    private Workbench wb;
    private final SameThreadExecutor tasks = new SameThreadExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DutiesViewModel vm;

    @BeforeEach
    void open() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        wb = TestWorkbench.withDemo(dir.resolve("data"));
        vm = new DutiesViewModel(wb.departments(), wb.powers(), wb.duties(), wb.dutyCatalog(), wb.catalogExport(),
                wb.catalogImport(), tasks, dialogs);
        vm.refresh();
    }

    @AfterEach
    void close() {
        wb.close();
        assertThat(dialogs.done()).as("every scripted answer was asked for").isTrue();
    }

    private GapRow gap(String code) {
        return vm.gaps().stream().filter(g -> g.gap().code().equals(code)).findFirst().orElseThrow();
    }

    private Department unit(String code) {
        return wb.departments().byCode(code).orElseThrow();
    }

    @Test
    void theCatalogLoadsByPowerByDepartmentAndBySubDistrictWithItsGaps() {
        assertThat(vm.powerRows()).hasSize(wb.powers().all().size())
                .isSortedAccordingTo(Comparator.comparing((DutiesViewModel.PowerRow r) -> r.item().code()));
        assertThat(vm.departmentRows()).isNotEmpty().noneMatch(r -> r.unit().kind() == UnitKind.SUBDISTRICT
                || r.unit().kind() == UnitKind.TOWN);
        assertThat(vm.blockRows()).isNotEmpty().anyMatch(r -> r.unit().code().equals("XTJD"))
                .allMatch(r -> r.unit().kind() == UnitKind.SUBDISTRICT || r.unit().kind() == UnitKind.TOWN);
        assertThat(vm.gaps()).hasSize(8);
        assertThat(gap("JL-SCJ-001").department()).isEqualTo(vm.unitName(unit("SCJ").id()));
        assertThat(tasks.errors()).isEmpty();
    }

    @Test
    void selectingShowsOneDetailAtATime() {
        vm.selectDepartment(unit("SCJ"));
        assertThat(vm.detailProperty().get()).isInstanceOfSatisfying(DutyDetail.OfDepartment.class,
                d -> assertThat(d.powers()).isNotEmpty().allMatch(p -> p.departmentId().equals(unit("SCJ").id())));
        assertThat(vm.selectedDepartment()).contains(unit("SCJ"));
        vm.selectBlock(unit("XTJD"));
        assertThat(vm.detailProperty().get()).isInstanceOf(DutyDetail.OfBlock.class);
        assertThat(vm.selectedDepartment()).isEmpty();
        vm.selectPower(wb.powers().byCode("JL-SCJ-001").orElseThrow());
        assertThat(vm.detailProperty().get()).isInstanceOfSatisfying(DutyDetail.OfPower.class,
                p -> assertThat(p.item().code()).isEqualTo("JL-SCJ-001"));
    }

    @Test
    void aGapOpensItsFormAnIncompleteFormIsRefusedAFilledOneClosesTheGap() {
        vm.openGap(gap("JL-SCJ-001"));
        assertThat(gap("JL-SCJ-001").gap().kind()).isNotEqualTo(GapKind.NO_POSTS);
        EditForm form = vm.formProperty().get();
        assertThat(form.id()).isEqualTo("duty");
        EditForm.Section stages = form.section("stages");
        assertThat(stages.rows()).hasSize(DutyStage.standardFor(
                wb.powers().byCode("JL-SCJ-001").orElseThrow().type()).size());

        List<String> errors = form.submit(outcome);
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0)).contains("责任事项 第 1 行").contains("内容");
        assertThat(vm.gaps()).hasSize(8);

        while (stages.rows().size() > 1) {
            stages.removeRow(stages.rows().get(1));
        }
        stages.rows().get(0).set("content", "受理食品安全违法行为举报，登记核实举报线索，为举报人保密。")
                .set("basis", "《中华人民共和国食品安全法》第一百一十五条");
        form.section("cases").addRow().set("text", "泄露举报人信息或者对举报人打击报复的")
                .set("basis", "《中华人民共和国食品安全法》第一百一十五条");
        assertThat(form.submit(outcome)).isEmpty();
        vm.formClosed();
        assertThat(vm.formProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.t("duties.saved"));
        assertThat(vm.gaps()).hasSize(7).noneMatch(g -> g.gap().code().equals("JL-SCJ-001"));
        Duty saved = wb.duties().dutyOf(wb.powers().byCode("JL-SCJ-001").orElseThrow().id()).orElseThrow();
        assertThat(saved.stages()).extracting(Duty.StageDuty::stage).containsExactly(DutyStage.ACCEPT);
        assertThat(vm.powerRows()).filteredOn(r -> r.item().code().equals("JL-SCJ-001"))
                .singleElement().satisfies(r -> assertThat(r.stages()).isEqualTo(1));

        vm.search("举报线索");
        assertThat(vm.hits()).hasSize(1);
        vm.selectDepartment(unit("SCJ"));
        vm.openHit(vm.hits().get(0));
        assertThat(vm.detailProperty().get()).isInstanceOfSatisfying(DutyDetail.OfPower.class,
                p -> assertThat(p.item().code()).isEqualTo("JL-SCJ-001"));
        vm.search(" ");
        assertThat(vm.hits()).isEmpty();
    }

    @Test
    void exportAsksForTheFileAndACancelledDialogWritesNothing() throws Exception {
        vm.selectDepartment(unit("SCJ"));
        dialogs.no();
        vm.files().exportDepartment();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(tasks.messages()).doesNotContain("duties.exporting");

        Path docx = dir.resolve("scj.docx");
        dialogs.file(docx);
        vm.files().exportDepartment();
        assertThat(dialogs.asked()).last().satisfies(a -> assertThat(a.text()).isEqualTo("SCJ.docx"));
        assertThat(Files.size(docx)).isPositive();
        assertThat(vm.messageProperty().get()).startsWith("已导出 区市场监管局 的权责清单").endsWith(docx.toString());

        Path gaps = dir.resolve("gaps.xlsx");
        dialogs.file(gaps);
        vm.files().exportGaps();
        assertThat(Files.size(gaps)).isPositive();
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.t("duties.gaps.exported", 8, gaps));
    }

    @Test
    void anImportIsPreviewedFirstAndAppliedOnlyWhenConfirmed() throws Exception {
        Path xlsx = dir.resolve("scj.xlsx");
        wb.catalogExport().export(unit("SCJ"), xlsx);
        dialogs.file(xlsx);
        vm.files().chooseImport();
        DutyFiles.ImportPreview preview = vm.files().importPreviewProperty().get();
        assertThat(preview.file()).isEqualTo(xlsx);
        assertThat(preview.report().invalid()).isZero();
        vm.files().cancelImport();
        assertThat(vm.files().importPreviewProperty().get()).isNull();

        vm.files().previewImport(xlsx);
        vm.files().confirmImport(false);
        assertThat(vm.files().importPreviewProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("未变 7 项");
        vm.files().confirmImport(false); // nothing previewed any more: nothing happens
        assertThat(tasks.messages()).filteredOn("duties.importing"::equals).hasSize(3);
    }
}
