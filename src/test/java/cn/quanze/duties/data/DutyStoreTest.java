package cn.quanze.duties.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.duties.domain.AccountabilityCase;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.DutyStage;
import cn.quanze.duties.domain.Gap;
import cn.quanze.duties.domain.GapKind;
import cn.quanze.duties.domain.GapReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog's tables, search index and demo data, through the one write path. */
class DutyStoreTest {
    @TempDir
    Path dir;

    @Test
    void demoCatalogLoadsSearchesAndLeavesKnownGaps() {
        try (Workbench wb = TestWorkbench.withDemo(dir)) {
            assertThat(wb.duties().duties()).hasSizeGreaterThan(40);
            assertThat(wb.duties().posts()).isNotEmpty();
            assertThat(wb.dbCheck().run()).isEmpty();

            List<DutyRepository.Hit> hits = wb.duties().search("一次告知");
            assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.excerpt()).contains("【"));
            assertThat(wb.duties().search("拆除")).extracting(DutyRepository.Hit::kind)
                    .contains(DutyRepository.Kind.POST, DutyRepository.Kind.DEPARTMENT);
            assertThat(wb.duties().search("强制执行")).extracting(DutyRepository.Hit::kind)
                    .contains(DutyRepository.Kind.DUTY);
            assertThat(wb.duties().search("招商引资")).extracting(DutyRepository.Hit::kind)
                    .containsOnly(DutyRepository.Kind.BLOCK);
            assertThat(wb.duties().search("")).isEmpty();

            List<Gap> gaps = GapReport.find(wb.powers().all(), wb.duties().duties(), wb.duties().posts(),
                    wb.departments().all());
            assertThat(gaps).filteredOn(g -> g.kind() == GapKind.NO_DUTY).extracting(Gap::code)
                    .containsExactly("CJ-GHZY-001", "JL-SCJ-001", "QT-HJZ-001");
            assertThat(gaps).filteredOn(g -> g.kind() == GapKind.NO_CASES).extracting(Gap::code)
                    .containsExactly("JC-GAFJ-001", "ZS-LHSR-001");
            assertThat(gaps).filteredOn(g -> g.kind() == GapKind.NO_POSTS).extracting(Gap::code)
                    .containsExactly("GHZY", "HJZ", "WLJ");

            wb.demoData().remove();
            assertThat(wb.duties().posts()).isEmpty();
            assertThat(wb.duties().blockDuties()).isEmpty();
            assertThat(wb.duties().search("一次告知")).isEmpty();
            assertThat(wb.dbCheck().run()).isEmpty();
        }
    }

    @Test
    void editingADutyUpdatesTheIndex() {
        try (Workbench wb = TestWorkbench.withDemo(dir)) {
            String powerId = wb.powers().byCode("JL-SCJ-001").orElseThrow().id();
            wb.dutyCatalog().save(new Duty("d-1", powerId,
                    List.of(new Duty.StageDuty(DutyStage.ACCEPT, "受理举报并登记核实举报线索", "《中华人民共和国食品安全法》第一百一十五条")),
                    List.of(new AccountabilityCase(1, "泄露举报人信息的", "《中华人民共和国食品安全法》第一百一十五条")), null,
                    false));
            assertThat(wb.duties().search("举报线索")).extracting(DutyRepository.Hit::recordId).containsExactly("d-1");
            assertThat(wb.duties().search("举报人")).extracting(DutyRepository.Hit::recordId).contains("d-1");
            wb.dutyCatalog().save(new Duty("d-1", powerId, List.of(), List.of(), null, false));
            assertThat(wb.duties().search("举报线索")).isEmpty();
            assertThat(wb.dbCheck().run()).isEmpty();
        }
    }
}
