package cn.quanze.search.data;

import cn.quanze.core.db.ChangeLog;
import cn.quanze.core.db.Row;
import cn.quanze.powers.data.PowerRecords;
import cn.quanze.supervision.data.SupervisionRecords;
import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.search.data.GlobalSearch.Hit;
import cn.quanze.search.data.GlobalSearch.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The global search over the demo data: every kind by a 2- and a 4-character Chinese substring, grouped, bounded. */
class GlobalSearchTest {
    @TempDir
    static Path dir;
    static Workbench wb;
    static GlobalSearch search;

    @BeforeAll
    static void open() {
        wb = TestWorkbench.withDemo(dir);
        search = new GlobalSearch(wb.store());
    }

    @AfterAll
    static void close() {
        wb.close();
    }

    @ParameterizedTest(name = "{0} finds {1} {2}")
    @CsvSource({
        "户外,       POWER,       大型户外广告设置审批",
        "户外广告,   POWER,       大型户外广告设置审批",
        "味源,       CASE,        食品经营许可（新办）申请",
        "味源餐饮,   CASE,        食品经营许可（新办）申请",
        "执行,       SUPERVISION, 提升政府执行力",
        "政府执行,   SUPERVISION, 提升政府执行力",
        "编办,       DEPARTMENT,  区编办",
        "发展改革,   DEPARTMENT,  区发展改革委",
        "稽查,       DUTY,        稽查办案岗",
        "收集证据,   DUTY,        稽查办案岗"})
    void findsEachKindByAnyPartOfItsText(String query, Kind kind, String title) {
        GlobalSearch.Results r = search.search(query);
        assertThat(r.groups().get(kind)).as(query).extracting(Hit::title).contains(title);
        assertThat(r.all()).allSatisfy(h -> assertThat(h.id()).isNotBlank());
    }

    @Test
    void aPowerItemHitCarriesItsCodeUnitAndStatus() {
        Hit h = search.search("大型户外广告").groups().get(Kind.POWER).get(0);
        assertThat(h.code()).isEqualTo("XK-LHSR-001");
        assertThat(h.unit()).isNotBlank();
        assertThat(h.state()).isEqualTo(PowerStatus.ACTIVE);
        assertThat(wb.powers().byId(h.id())).get().extracting(p -> p.name()).isEqualTo("大型户外广告设置审批");
    }

    @Test
    void codesAndNumbersAreFoundInAnyCase() {
        assertThat(search.search("xk-lhsr").groups().get(Kind.POWER)).extracting(Hit::code).contains("XK-LHSR-001");
        assertThat(search.search("SL-2026-00002").groups().get(Kind.CASE)).extracting(Hit::code)
                .containsExactly("SL-2026-00002");
        Hit unit = search.search("QFB").groups().get(Kind.DEPARTMENT).get(0);
        assertThat(unit.title()).isEqualTo("区政府办公室");
        assertThat(unit.state()).isEqualTo(UnitKind.OFFICE);
    }

    @Test
    void groupsFollowTheKindOrderAndRespectTheLimit() {
        GlobalSearch.Results r = search.search("许可", 3);
        assertThat(r.groups().keySet()).containsSubsequence(Kind.POWER, Kind.DUTY, Kind.CASE);
        assertThat(r.groups().get(Kind.POWER)).hasSize(3);
        assertThat(r.groups().values()).allSatisfy(g -> assertThat(g).hasSizeBetween(1, 3));
        assertThat(search.search("食品", 50).groups().get(Kind.POWER)).hasSizeGreaterThan(3);
        assertThat(search.search(Kind.CASE, "申请", 5)).hasSize(5).allMatch(h -> h.kind() == Kind.CASE);
    }

    @Test
    void everyTermMustMatchAndNothingMatchesNothing() {
        List<Hit> both = search.search("食品 新办").groups().get(Kind.POWER);
        assertThat(both).isNotEmpty().allMatch(h -> h.title().contains("食品") && h.title().contains("新办"));
        assertThat(search.search("量子计算").isEmpty()).isTrue();
        assertThat(search.search("   ").isEmpty()).isTrue();
        assertThat(search.search("\"引号").isEmpty()).isTrue();
    }

    @Test
    void theIndexFollowsWritesAndDeletes() {
        Hit item = search.search("规范工作计划管理").groups().get(Kind.SUPERVISION).get(0);
        var original = wb.supervision().byId(item.id()).orElseThrow();
        assertThat(item.code()).isEqualTo(original.displayNumber());
        wb.store().run("test.rename", uow -> uow.put(SupervisionRecords.SUPERVISION_ITEM,
                new cn.quanze.supervision.domain.SupervisionItem(original.id(), original.year(), original.number(),
                        original.source(), original.sourceDocNo(), original.sourceDate(), "优化营商环境攻坚行动",
                        original.content(), original.importance(), original.leadUnitId(),
                        original.cooperatingUnitIds(), original.leader(), original.contact(), original.assignedOn(),
                        original.deadline(), original.deadlineWorkdays(), original.milestones(),
                        original.feedbackCycle(), original.feedbackDay(), original.state(), original.stateSince(),
                        original.requestedDeadline(), original.completedOn(), original.progress(), original.demo())));
        assertThat(search.search("营商环境攻坚").groups().get(Kind.SUPERVISION)).extracting(Hit::id)
                .containsExactly(item.id());
        assertThat(search.search("规范工作计划管理").groups().get(Kind.SUPERVISION)).isNull();
    }

    @Test
    void aChangeAppliedThroughTheChangeLogReindexesIt() {
        // the sync import brings a record up to date by moving its head (ChangeLog.moveHead), not by UnitOfWork.put
        Hit power = search.search("公共场所卫生许可").groups().get(Kind.POWER).get(0);
        var item = wb.powers().byId(power.id()).orElseThrow();
        Row row = PowerRecords.POWER_ITEM.toRow(item);
        row.put("name", "公共场所卫生许可（更名）");
        Hit item2 = search.search("落实监督执纪问责").groups().get(Kind.SUPERVISION).get(0);
        Row sup = SupervisionRecords.SUPERVISION_ITEM.toRow(wb.supervision().byId(item2.id()).orElseThrow());
        sup.put("title", "落实监督执纪问责专项行动");
        wb.store().run("test.move", uow -> {
            ChangeLog log = uow.changeLog();
            log.appendLocal("power_item", power.id(), List.of(log.headOf("power_item", power.id()).orElseThrow()),
                    row);
            log.appendLocal("supervision_item", item2.id(),
                    List.of(log.headOf("supervision_item", item2.id()).orElseThrow()), sup);
        });
        assertThat(search.search("卫生许可（更名").groups().get(Kind.POWER)).extracting(Hit::id).containsExactly(power.id());
        assertThat(search.search("问责专项").groups().get(Kind.SUPERVISION)).extracting(Hit::id)
                .containsExactly(item2.id());
    }
}
