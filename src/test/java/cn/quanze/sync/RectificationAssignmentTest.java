package cn.quanze.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.supervision.domain.Dispatch.Decision;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.Receipt.RequestKind;
import cn.quanze.supervision.domain.RectificationState;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.AssignmentBoard.Line;
import cn.quanze.supervision.data.SupervisionRecords;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 整改 item owned by a sub-district office travels there, is signed and reported on, and its 销号 travels back. */
class RectificationAssignmentTest {
    @TempDir
    Path tmp;
    SyncNode district;
    SyncNode street;

    @BeforeEach
    void setUp() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        district = new SyncNode(tmp, "qu", "QU", OfficeLevel.DISTRICT);
        street = new SyncNode(tmp, "jd", "JD01", OfficeLevel.SUBDISTRICT);
        district.trust(street);
        street.trust(district);
        district.put(SyncNode.DEPT, new Department("u-jd", "JD01", "天平路街道", null, UnitKind.SUBDISTRICT, false));
        district.put(SyncNode.DEPT, new Department("u-cg", "CGJ", "区城管局", null, UnitKind.DEPARTMENT, false));
    }

    @AfterEach
    void tearDown() {
        district.close();
        street.close();
    }

    @Test
    void rectificationOfAnOfficeIsSignedReportedAndVerified() {
        SupervisionItem draft = new SupervisionItem(null, 0, 0, SupervisionSource.PUBLIC_COMPLAINT, null, null,
                "市容环境专项检查", null, Importance.NORMAL, "u-cg", List.of(), null, null, null, LocalDate.of(2026, 12, 31),
                null, List.of(), FeedbackCycle.MONTHLY, null, SupervisionState.REGISTERED, null, null, null, 0, false);
        String item = district.wb.supervisionService().register(draft).id();
        district.wb.supervisionService().assign(item);
        var x = district.wb.supervisionService().addRectification(item, "建国西路占道经营", "u-jd", "张三",
                LocalDate.of(2026, 12, 15), "每日巡查");
        street.importFile(district.exportTo(street));

        List<Line> inbox = street.wb.assignmentBoard().inbox();
        assertThat(inbox).singleElement().satisfies(l -> {
            assertThat(l.rectificationProblem()).isEqualTo("建国西路占道经营");
            assertThat(l.dispatch().deadline()).isEqualTo(LocalDate.of(2026, 12, 15));
        });
        String d = inbox.get(0).dispatch().id();
        street.wb.officeAssignments().sign(d);
        street.wb.officeAssignments().report(d, "已清理摊位", 100);
        street.wb.officeAssignments().request(d, RequestKind.COMPLETION, "已整改到位，申请销号", null);
        district.importFile(street.exportTo(district));

        assertThat(district.wb.supervision().byId(item).orElseThrow().state())
                .as("a 整改 request does not move the item").isEqualTo(SupervisionState.ASSIGNED);
        district.wb.issuerAssignments().decide(d, Decision.COMPLETION_APPROVED, null, null);
        assertThat(district.get(SupervisionRecords.RECTIFICATION, x.id()).state()).isEqualTo(RectificationState.VERIFIED);
        assertThat(district.get(SupervisionRecords.RECTIFICATION, x.id()).verificationNote()).isEqualTo("已整改到位，申请销号");

        street.importFile(district.exportTo(street));
        assertThat(street.get(SupervisionRecords.RECTIFICATION, x.id()).state()).isEqualTo(RectificationState.VERIFIED);
        assertThat(street.wb.assignmentBoard().received()).singleElement()
                .satisfies(l -> assertThat(l.dispatch().decision()).isEqualTo(Decision.COMPLETION_APPROVED));
        assertThat(district.check()).isEmpty();
        assertThat(street.check()).isEmpty();
    }
}
