package cn.quanze.powers.data;

import cn.quanze.core.db.History;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Ids;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.AdjustmentKind;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerListException;
import cn.quanze.powers.domain.PowerRules;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.powers.domain.PowerViolation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search (FTS5 trigram with LIKE fallback), counts, adjustments and the change-log history of power items. */
class PowerListStoreTest {
    @TempDir
    Path dir;
    Workbench wb;
    PowerItemRepository powers;

    @BeforeEach
    void open() {
        wb = TestWorkbench.withDemo(dir);
        powers = wb.powers();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private List<String> codes(String q) {
        return powers.searchIds(q).stream().map(id -> powers.byId(id).orElseThrow().code()).sorted().toList();
    }

    @Test
    void searchFindsByNameCodeBasisAndDepartmentWithShortQueryFallback() {
        assertThat(codes("食品经营")).contains("XK-SCJ-001", "XK-SCJ-001-01");
        assertThat(codes("XK-SCJ-001-0")).containsExactly("XK-SCJ-001-01", "XK-SCJ-001-02", "XK-SCJ-001-03");
        assertThat(codes("食品安全法")).contains("XK-SCJ-001");
        String dept = powers.byCode("XK-SCJ-001").orElseThrow().departmentId();
        String deptName = wb.departments().all().stream().filter(d -> d.id().equals(dept)).findFirst().orElseThrow().name();
        assertThat(codes(deptName)).contains("XK-SCJ-001", "CF-SCJ-001");
        assertThat(codes("食品")).as("two characters: LIKE fallback").contains("XK-SCJ-001");
        assertThat(codes("食")).contains("XK-SCJ-001");
        assertThat(codes("食品 许可")).contains("XK-SCJ-001").isSubsetOf(codes("食品")).isSubsetOf(codes("许可"))
                .hasSizeLessThan(codes("许可").size());
        assertThat(codes("\"%_")).isEmpty();
        assertThat(codes("   ")).isEmpty();
    }

    @Test
    void departmentRenameReindexesItsItems() {
        PowerItem item = powers.byCode("XK-SCJ-001").orElseThrow();
        Department d = wb.departments().all().stream().filter(x -> x.id().equals(item.departmentId())).findFirst()
                .orElseThrow();
        wb.store().run("department.rename", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT,
                new Department(d.id(), d.code(), "徐汇区食药监管中心", d.shortName(), d.kind(), d.demo())));
        assertThat(codes("食药监管中心")).contains("XK-SCJ-001");
    }

    @Test
    void countsByTypeAddUpToTheList() {
        assertThat(powers.countsByType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(powers.count());
        assertThat(powers.countsByType()).containsKey(PowerType.LICENSING);
    }

    @Test
    void cancelKeepsTheItemCancelsSubItemsAndRecordsHistory() {
        PowerItem main = powers.byCode("XK-SCJ-001").orElseThrow();
        wb.powerList().adjust(main.id(), AdjustmentKind.CANCEL,
                new PowerListService.Decision("徐府发〔2026〕12号", "职能调整", LocalDate.of(2026, 12, 1)), null);
        PowerItem after = powers.byId(main.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(PowerStatus.CANCELLED);
        assertThat(PowerRules.citableByNewCase(after)).isFalse();
        assertThat(powers.byCode("XK-SCJ-001-02").orElseThrow().status()).isEqualTo(PowerStatus.CANCELLED);
        assertThat(powers.adjustmentsOf(main.id())).extracting(a -> a.kind() + " " + a.docNo())
                .containsExactly("CANCEL 徐府发〔2026〕12号");
        List<History.Step> steps = wb.history().steps("power_item", main.id());
        assertThat(steps).hasSizeGreaterThanOrEqualTo(2);
        History.Step last = steps.get(steps.size() - 1);
        assertThat(last.revision().action()).isEqualTo("powers.adjust.cancel");
        assertThat(last.changes()).containsExactly(new History.FieldChange("status", "ACTIVE", "CANCELLED"));
        assertThat(steps.get(0).changes()).extracting(History.FieldChange::field).contains("name", "code");
    }

    @Test
    void createAndChangeAreValidatedAndRecorded() {
        PowerItem base = powers.byCode("XK-SCJ-001").orElseThrow();
        PowerItem dup = new PowerItem(Ids.newId(), "XK-SCJ-001", "重复", PowerType.LICENSING, null, base.departmentId(),
                null, null, 5, 10, null, null, null, null, null, PowerStatus.ACTIVE, null, false);
        var decision = new PowerListService.Decision("文号1", "新设", LocalDate.of(2026, 11, 22));
        assertThatThrownBy(() -> wb.powerList().create(dup, decision)).isInstanceOf(PowerListException.class)
                .satisfies(e -> assertThat(((PowerListException) e).violations())
                        .containsExactlyInAnyOrder(PowerViolation.CODE_DUPLICATE, PowerViolation.PROMISED_EXCEEDS_LEGAL));
        PowerItem fresh = new PowerItem(Ids.newId(), "XK-NEW-001", "新增许可事项", PowerType.LICENSING, null,
                base.departmentId(), null, null, 20, 10, null, null, null, null, null, PowerStatus.ACTIVE, null, false);
        wb.powerList().create(fresh, decision);
        PowerItem renamed = new PowerItem(fresh.id(), fresh.code(), "新增许可事项（更名）", fresh.type(), null,
                fresh.departmentId(), null, null, 20, 8, null, null, null, null, null, PowerStatus.ACTIVE, null, false);
        assertThat(wb.powerList().change(renamed, decision)).isTrue();
        assertThat(wb.powerList().change(renamed, decision)).isFalse();
        assertThat(powers.adjustmentsOf(fresh.id())).extracting(a -> a.kind()).containsExactly(AdjustmentKind.ADD,
                AdjustmentKind.CHANGE);
        History.Step change = wb.history().steps("power_item", fresh.id()).get(1);
        assertThat(change.changes()).extracting(History.FieldChange::field).containsExactlyInAnyOrder("name",
                "promised_limit_days");
        assertThat(codes("更名")).containsExactly("XK-NEW-001");
    }

    @Test
    void mergeNeedsAnotherActiveTarget() {
        PowerItem a = powers.byCode("CF-SCJ-001").orElseThrow();
        PowerItem b = powers.byCode("CF-SCJ-002").orElseThrow();
        var d = new PowerListService.Decision("文号", "合并", LocalDate.of(2026, 11, 22));
        assertThatThrownBy(() -> wb.powerList().adjust(a.id(), AdjustmentKind.MERGE, d, a.id()))
                .isInstanceOf(PowerListException.class);
        wb.powerList().adjust(a.id(), AdjustmentKind.MERGE, d, b.id());
        assertThat(powers.byId(a.id()).orElseThrow().status()).isEqualTo(PowerStatus.CANCELLED);
        assertThat(powers.adjustmentsOf(a.id()).get(0).targetId()).isEqualTo(b.id());
        assertThat(wb.dbCheck().run()).isEmpty();
    }
}
