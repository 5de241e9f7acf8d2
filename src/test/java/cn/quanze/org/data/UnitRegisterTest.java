package cn.quanze.org.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.core.db.Sql;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.domain.Role;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.OrgMessages;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.org.domain.UnitRefused;
import cn.quanze.supervision.data.SupervisionRecords;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.Rectification;
import cn.quanze.supervision.domain.RectificationState;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.wiring.Workbench;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 组织机构 through UnitRegister: add, edit, move, retire, delete and merge, each one transaction or nothing. */
class UnitRegisterTest {
    @TempDir
    Path dir;
    Workbench wb;
    UnitRegister units;

    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void open() {
        wb = TestWorkbench.withDemo(dir.resolve("d"));
        wb.initOffice("QU", "徐汇区人民政府办公室", OfficeLevel.DISTRICT);
        units = wb.units();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private static UnitRegister.Draft draft(String code, String name, UnitKind kind, String parent) {
        return UnitRegister.Draft.of(code, name).withKind(kind).withParent(parent);
    }

    private long revisions() {
        return wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM revision"));
    }

    private String refused(Runnable r) {
        try {
            r.run();
        } catch (UnitRefused e) {
            return OrgMessages.describe(e);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void addChecksCodesAndParentsAndGivesAnOfficeUnitTheIdOfItsCode() {
        Department office = units.byCode("QU").orElseThrow();
        assertThat(office.kind()).isEqualTo(UnitKind.OFFICE);
        assertThat(office.id()).isEqualTo(Department.officeUnitId("QU"));
        Department jd = units.add(draft("JD09", "凌云路街道办事处", UnitKind.SUBDISTRICT, null)
                .withAliases(List.of("凌云路街道", " 凌云路街道办事处 ", "凌云路街道")));
        assertThat(jd.id()).isEqualTo("office-JD09");
        assertThat(jd.aliases()).containsExactly("凌云路街道");
        Department section = units.add(draft("QU-DCK", "督查科", UnitKind.SECTION, "QU"));
        assertThat(section.parentId()).isEqualTo(office.id());
        assertThat(section.id()).isNotEqualTo("office-QU-DCK");

        long before = revisions();
        assertThat(refused(() -> units.add(draft("qu-dck", "另一个", null, null))))
                .isEqualTo("编码“qu-dck”已被“督查科”使用");
        assertThat(refused(() -> units.add(draft("X1", "某科", null, "NOPE")))).isEqualTo("没有编码为“NOPE”的上级单位");
        assertThat(refused(() -> units.add(draft("坏 编码", "某科", null, null)))).contains("单位编码“坏 编码”无效");
        assertThat(refused(() -> units.add(draft("X2", " ", null, null)))).isEqualTo("单位“X2”缺少名称");
        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    void renameKeepsTheIdSoEveryReferenceFollows() {
        Department scj = units.byCode("SCJ").orElseThrow();
        List<String> items = wb.powers().all().stream().filter(p -> scj.id().equals(p.departmentId()))
                .map(p -> p.id()).toList();
        assertThat(items).isNotEmpty();
        Department renamed = units.edit("SCJ", new UnitRegister.Draft("SCJ", "区市场监督管理局", "区市场监管局", null, null,
                List.of("市场监管局"), 3, "021-64870000", null));
        assertThat(renamed.id()).isEqualTo(scj.id());
        assertThat(renamed.kind()).isEqualTo(UnitKind.DEPARTMENT);
        assertThat(renamed.demo()).as("the user's own now: deleting the demo keeps it").isFalse();
        assertThat(wb.powers().all().stream().filter(p -> scj.id().equals(p.departmentId())).map(p -> p.id()))
                .containsExactlyInAnyOrderElementsOf(items);
        assertThat(wb.powers().searchIds("市场监督管理局")).containsAll(items);
        assertThat(units.matcher().find("市场监管局")).map(Department::id).contains(scj.id());
        assertThat(wb.dbCheck().run()).isEmpty();
    }

    @Test
    void moveRefusesACycle() {
        units.add(draft("A", "甲", UnitKind.DEPARTMENT, null));
        units.add(draft("B", "乙", UnitKind.SECTION, "A"));
        units.add(draft("C", "丙", UnitKind.TEAM, "B"));
        long before = revisions();
        assertThat(refused(() -> units.move("A", "C"))).isEqualTo("不能把“甲”放到“丙”之下：上下级会形成循环");
        assertThat(refused(() -> units.move("B", "B"))).isEqualTo("不能把“乙”放到“乙”之下：上下级会形成循环");
        assertThat(refused(() -> units.edit("A", draft("A", "甲", null, "B")))).contains("循环");
        assertThat(revisions()).isEqualTo(before);
        units.move("C", "A");
        units.move("B", null);
        assertThat(units.byCode("C").orElseThrow().parentId()).isEqualTo(units.byCode("A").orElseThrow().id());
        assertThat(units.byCode("B").orElseThrow().parentId()).isNull();
        List<String> order = units.all().stream().map(Department::code).toList();
        assertThat(order.indexOf("A")).isEqualTo(order.indexOf("C") - 1);
    }

    @Test
    void retireNeverTheOfficeNorAParentOfUnitsInUse() {
        units.add(draft("A", "甲", UnitKind.DEPARTMENT, null));
        units.add(draft("B", "乙", UnitKind.SECTION, "A"));
        assertThat(refused(() -> units.retire("QU", null))).isEqualTo("“徐汇区人民政府办公室”是本单位，不能撤销");
        assertThat(refused(() -> units.retire("A", LocalDate.of(2026, 12, 31))))
                .isEqualTo("“甲”下还有在用的下级单位：乙。请先撤销或移走它们");
        units.retire("B", LocalDate.of(2026, 11, 20));
        Department a = units.retire("A", LocalDate.of(2026, 12, 31));
        assertThat(a.retiredOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(units.active()).as("A is retired from a later date").extracting(Department::code).contains("A")
                .doesNotContain("B");
        UnitMatcher.Match m = units.matcher().match("乙");
        assertThat(m).isInstanceOf(UnitMatcher.Unknown.class);
        assertThat(OrgMessages.describe(m, "实施主体")).isEqualTo("实施主体“乙”是已于 2026-11-20 撤销的“乙”，请改用现在的单位");
        assertThat(refused(() -> units.add(draft("C", "丙", null, "B")))).isEqualTo("上级单位“乙”已于 2026-11-20 撤销");
        units.reinstate("B");
        assertThat(units.byCode("B").orElseThrow().retired()).isFalse();
    }

    @Test
    void onlyAnUnreferencedUnitMayBeDeleted() {
        units.add(draft("TMP", "临时录错的单位", null, null));
        units.delete("TMP");
        assertThat(units.byCode("TMP")).isEmpty();
        assertThat(refused(() -> units.delete("SCJ"))).startsWith("“区市场监管局”已被权力清单事项").endsWith("引用，不能删除，只能撤销");
        assertThat(refused(() -> units.delete("QU"))).isEqualTo("“徐汇区人民政府办公室”是本单位，不能删除");
        assertThat(units.byCode("SCJ")).isPresent();
    }

    @Test
    void mergeRepointsEveryReferenceToTheSurvivorInOneTransaction() {
        Department from = units.all().stream().filter(Department::demo)
                .max(Comparator.comparingInt(d -> units.referencesTo(d.code()).size())).orElseThrow();
        Department into = units.add(draft("HB", "区合并后的局", UnitKind.DEPARTMENT, null));
        Department other = units.byCode("FGW").orElseThrow();
        // references the demo does not make: a unit below it, a user, a 整改 item, cooperating-unit lists
        units.add(draft("HB-K1", "一科", UnitKind.SECTION, from.code()));
        wb.users().create("clerk1", "办事员", from.id(), Role.CLERK, "Abcdef12345!".toCharArray());
        SupervisionItem led = item("i-led", from.id(), List.of(into.id(), other.id()));
        SupervisionItem helped = item("i-helped", other.id(), List.of(from.id(), into.id()));
        wb.store().run("test", uow -> {
            uow.put(SupervisionRecords.SUPERVISION_ITEM, led);
            uow.put(SupervisionRecords.SUPERVISION_ITEM, helped);
            uow.put(SupervisionRecords.RECTIFICATION, new Rectification("r1", led.id(), "台账不全", from.id(), null,
                    null, null, RectificationState.OPEN, null, null, null, null, false));
        });
        Map<UnitReferences.Reference, Integer> before = units.referencesTo(from.code());
        assertThat(before.keySet()).as("the merge meets many kinds of reference").hasSizeGreaterThanOrEqualTo(7);
        long referring = referringRecords(from);

        UnitRegister.MergeResult r = units.merge(from.code(), into.code());

        assertThat(units.referencesTo(from.code())).isEmpty();
        assertThat(r.movedRows()).isEqualTo(before.values().stream().mapToInt(Integer::intValue).sum());
        Map<UnitReferences.Reference, Integer> after = units.referencesTo(into.code());
        before.forEach((ref, n) -> assertThat(after.get(ref)).as(ref.name()).isGreaterThanOrEqualTo(n));
        SupervisionItem ledAfter = wb.store().read(c -> Sql.one(c, "SELECT * FROM supervision_item WHERE id = 'i-led'"))
                .map(SupervisionRecords.SUPERVISION_ITEM::fromRow).orElseThrow();
        assertThat(ledAfter.leadUnitId()).isEqualTo(into.id());
        assertThat(ledAfter.cooperatingUnitIds()).as("the lead is never also cooperating").containsExactly(other.id());
        SupervisionItem helpedAfter = wb.store().read(c -> Sql.one(c,
                "SELECT * FROM supervision_item WHERE id = 'i-helped'")).map(SupervisionRecords.SUPERVISION_ITEM::fromRow)
                .orElseThrow();
        assertThat(helpedAfter.cooperatingUnitIds()).containsExactly(into.id());
        assertThat(wb.users().byLogin("clerk1").orElseThrow().departmentId()).isEqualTo(into.id());

        assertThat(r.merged().retiredOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(r.survivor().aliases()).contains(from.name());
        assertThat(units.matcher().find(from.name())).map(Department::id).contains(into.id());
        assertThat(units.matcher().find(from.code())).isEmpty();
        long merges = wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM audit_log WHERE action = 'units.merge'"));
        assertThat(merges).as("one revision per record that referred to it, plus the two units")
                .isEqualTo(referring + 2);
        assertThat(wb.dbCheck().run()).isEmpty();
    }

    /** The records (table and id) holding the unit's id in any referring column. */
    private long referringRecords(Department unit) {
        java.util.Set<String> records = new java.util.HashSet<>();
        for (UnitReferences.Reference ref : UnitReferences.ALL) {
            String where = ref.list() ? "EXISTS (SELECT 1 FROM json_each(COALESCE(" + ref.column() + ", '[]')) "
                    + "WHERE value = ?)" : ref.column() + " = ?";
            wb.store().read(c -> Sql.rows(c, "SELECT id FROM " + ref.table() + " WHERE " + where, unit.id()))
                    .forEach(r -> records.add(ref.table() + "/" + r.str("id")));
        }
        return records.size();
    }

    @Test
    void aRefusedMergeChangesNothing() {
        List<Department> withDuties = wb.store().read(c -> Sql.rows(c, "SELECT d.* FROM department d JOIN "
                + "department_duties x ON x.department_id = d.id ORDER BY d.code")).stream()
                .map(OrgRecords.DEPARTMENT::fromRow).toList();
        assertThat(withDuties).hasSizeGreaterThanOrEqualTo(2);
        Department from = withDuties.get(0);
        Department into = withDuties.get(1);
        Map<UnitReferences.Reference, Integer> before = units.referencesTo(from.code());
        long revisions = revisions();
        assertThat(refused(() -> units.merge(from.code(), into.code())))
                .isEqualTo("两个单位都有部门职责，每个单位只能有一份：请先合并或删除其中一份再合并单位");
        assertThat(units.referencesTo(from.code())).isEqualTo(before);
        assertThat(revisions()).isEqualTo(revisions);
        assertThat(refused(() -> units.merge("QU", from.code()))).isEqualTo("“徐汇区人民政府办公室”是本单位，不能并入其他单位");
        assertThat(refused(() -> units.merge(from.code(), from.code()))).contains("不能把").contains("合并到它自己");
        units.add(draft("HB-K1", "一科", UnitKind.SECTION, from.code()));
        assertThat(refused(() -> units.merge(from.code(), "HB-K1"))).contains("并入它的下级单位“一科”");
    }

    private static SupervisionItem item(String id, String lead, List<String> cooperating) {
        return new SupervisionItem(id, 2026, 900 + id.length(), SupervisionSource.KEY_WORK, null, null, "合并测试" + id,
                null, Importance.NORMAL, lead, cooperating, null, null, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31), null, List.of(), FeedbackCycle.MONTHLY, null, SupervisionState.IN_PROGRESS,
                null, null, null, 0, false);
    }
}
