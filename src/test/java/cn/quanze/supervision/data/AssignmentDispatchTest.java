package cn.quanze.supervision.data;

import cn.quanze.core.db.Sql;
import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.supervision.domain.Dispatch;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which units get a dispatch: offices (街道/镇 by unit code) only, once, also from a ledger back-fill. */
class AssignmentDispatchTest {
    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open() {
        wb = TestWorkbench.open(dir);
        wb.store().run("init", uow -> {
            wb.settings().saveIdentity(uow, "QU", "区府办", OfficeLevel.DISTRICT);
            uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, new Department("u-jd", "JD01", "天平路街道", null, UnitKind.SUBDISTRICT, false));
            uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, new Department("u-zj", "ZJW", "区住建委", null, UnitKind.DEPARTMENT, false));
        });
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private static SupervisionItem draft(String lead, List<String> coop) {
        return new SupervisionItem(null, 0, 0, SupervisionSource.MEETING_DECISION, "区府办〔2026〕3号", null, "河道整治",
                "年底前完成", Importance.NORMAL, lead, coop, null, null, null, LocalDate.of(2026, 12, 31), null, List.of(),
                FeedbackCycle.MONTHLY, null, SupervisionState.REGISTERED, null, null, null, 0, false);
    }

    private List<Dispatch> dispatches() {
        return wb.store().read(c -> Sql.rows(c, "SELECT * FROM supervision_dispatch")).stream()
                .map(AssignmentRecords.DISPATCH::fromRow).toList();
    }

    @Test
    void onlyTheOfficeUnitIsDispatchedAndReassigningMovesIt() {
        String id = wb.supervisionService().register(draft("u-zj", List.of("u-jd"))).id();
        assertThat(dispatches()).isEmpty();
        wb.supervisionService().assign(id);
        assertThat(dispatches()).singleElement().satisfies(d -> {
            assertThat(d.officeCode()).isEqualTo("JD01");
            assertThat(d.role()).isEqualTo(Dispatch.DispatchRole.COOPERATING);
            assertThat(d.requirements()).isEqualTo("年底前完成");
            assertThat(d.issuerOffice()).isEqualTo("QU");
        });
        Dispatch moved = wb.issuerAssignments().reassign(dispatches().get(0).id(), "u-zj", null);
        assertThat(moved).as("a district department gets no dispatch").isNull();
        assertThat(dispatches()).singleElement().satisfies(d -> assertThat(d.active()).isFalse());
        assertThat(wb.supervision().byId(id).orElseThrow().cooperatingUnitIds()).as("the lead is not also cooperating")
                .isEmpty();
    }

    @Test
    void aLedgerBackfillThatAssignsDispatchesToo() {
        wb.supervisionService().backfill(List.of(new SupervisionService.Backfill(2, null, null, draft("u-jd", List.of()),
                LocalDate.of(2026, 11, 2), null, null, null)), false);
        assertThat(dispatches()).singleElement().satisfies(d -> {
            assertThat(d.role()).isEqualTo(Dispatch.DispatchRole.LEAD);
            assertThat(d.dispatchedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        });
    }
}
