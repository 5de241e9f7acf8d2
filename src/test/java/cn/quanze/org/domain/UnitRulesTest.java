package cn.quanze.org.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure rules of the unit tree. */
class UnitRulesTest {
    static Department unit(String id, String code, String parent) {
        return new Department(id, code, "单位" + code, null, UnitKind.SECTION, false, parent, List.of(), null, null,
                null, null);
    }

    final Department office = new Department("o", "JD01", "天平路街道办事处", null, UnitKind.OFFICE, false);
    final Department a = unit("a", "A", "o");
    final Department b = unit("b", "B", "a");
    final Department c = unit("c", "C", "b");

    @Test
    void aParentBelowTheUnitMakesACycle() {
        Map<String, String> parents = Map.of("o", "", "a", "o", "b", "a", "c", "b");
        Map<String, String> names = Map.of("a", "甲", "c", "丙");
        assertThatThrownBy(() -> UnitRules.checkNoCycle("a", "c", parents, names)).isInstanceOfSatisfying(
                UnitRefused.class, e -> assertThat(e.args()).containsExactly("甲", "丙"));
        assertThatThrownBy(() -> UnitRules.checkNoCycle("a", "a", parents, names)).isInstanceOf(UnitRefused.class);
        UnitRules.checkNoCycle("c", "a", parents, names);
        UnitRules.checkNoCycle("c", null, parents, names);
        assertThatThrownBy(() -> UnitRules.checkTree(List.of(office, a.withParent("c"), b, c)))
                .isInstanceOf(UnitRefused.class);
    }

    @Test
    void placingAUnitChecksTheTreeAsItWillBe() {
        List<Department> all = List.of(office, a, b, c);
        assertThatThrownBy(() -> UnitRules.checkPlace(a.withParent("c"), all)).isInstanceOf(UnitRefused.class);
        UnitRules.checkPlace(c.withParent("o"), all);
        assertThat(UnitRules.isBelow(c, a, all)).isTrue();
        assertThat(UnitRules.isBelow(a, c, all)).isFalse();
        assertThat(UnitRules.isBelow(a, a, all)).isFalse();
        assertThat(UnitRules.isBelow(a.withParent("c"), a, List.of(office, a.withParent("c"), b, c)))
                .as("inside a cycle it still ends").isTrue();
    }

    @Test
    void theOfficeAndParentsOfUnitsInUseAreNotRetired() {
        List<Department> all = List.of(office, a, b, c);
        assertThatThrownBy(() -> UnitRules.checkRetire(office, LocalDate.of(2026, 12, 31), "jd01", all))
                .isInstanceOfSatisfying(UnitRefused.class, e -> assertThat(e.key()).isEqualTo("units.refused.retireOffice"));
        assertThatThrownBy(() -> UnitRules.checkRetire(b, LocalDate.of(2026, 12, 31), "JD01", all))
                .isInstanceOfSatisfying(UnitRefused.class, e -> assertThat(e.args()).containsExactly("单位B", "单位C"));
        List<Department> cGoesFirst = List.of(office, a, b, c.withRetiredOn(LocalDate.of(2026, 12, 1)));
        UnitRules.checkRetire(b, LocalDate.of(2026, 12, 31), "JD01", cGoesFirst);
        assertThatThrownBy(() -> UnitRules.checkRetire(b, LocalDate.of(2026, 11, 30), "JD01", cGoesFirst))
                .as("C is still in use on the 30th").isInstanceOf(UnitRefused.class);
    }

    @Test
    void mergesNeedTwoUnitsASurvivorInUseAndNeverTakeTheOfficeAway() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        UnitRules.checkMerge(b, a, "JD01", today);
        assertThatThrownBy(() -> UnitRules.checkMerge(a, a, "JD01", today)).isInstanceOf(UnitRefused.class);
        assertThatThrownBy(() -> UnitRules.checkMerge(office, a, "JD01", today)).isInstanceOf(UnitRefused.class);
        UnitRules.checkMerge(a, office, "JD01", today);
        assertThatThrownBy(() -> UnitRules.checkMerge(b, a.withRetiredOn(today), "JD01", today))
                .isInstanceOf(UnitRefused.class);
    }

    @Test
    void codesAreLettersDigitsAndDashesAndUniqueWithoutRegardToCase() {
        assertThat(UnitRules.isValidCode("JD01-CYZX")).isTrue();
        assertThat(UnitRules.isValidCode("001")).isTrue();
        assertThat(UnitRules.isValidCode("-A")).isFalse();
        assertThat(UnitRules.isValidCode("城运")).isFalse();
        assertThat(UnitRules.isValidCode("A".repeat(33))).isFalse();
        assertThatThrownBy(() -> UnitRules.checkCodeFree(unit("x", "a", null), List.of(a)))
                .isInstanceOf(UnitRefused.class);
        UnitRules.checkCodeFree(a, List.of(a, b));
    }

    @Test
    void aliasesDropBlanksRepeatsAndTheUnitsOwnNames() {
        Department d = new Department("d", "CYZX", "城市运行管理中心", "城运中心", UnitKind.CENTER, false);
        assertThat(UnitRules.cleanAliases(List.of(" 网格化中心 ", "", "城运中心", "网格化中心", "ｃｙｚｘ", "城运分中心"), d))
                .containsExactly("网格化中心", "城运分中心");
        Department merged = UnitRules.absorbNames(d, new Department("g", "WG", "网格化管理中心", "网格中心",
                UnitKind.CENTER, false).withAliases(List.of("城运中心", "网格办")));
        assertThat(merged.aliases()).containsExactly("网格化管理中心", "网格中心", "网格办");
    }

    @Test
    void treeOrderPutsParentsFirstThenSortOrderThenCode() {
        Department x = new Department("x", "X", "乙科", null, UnitKind.SECTION, false, "o", List.of(), 2, null, null, null);
        Department y = new Department("y", "Y", "甲科", null, UnitKind.SECTION, false, "o", List.of(), 1, null, null, null);
        Department z = new Department("z", "Z0", "无序科", null, UnitKind.SECTION, false, "o", List.of(), null, null,
                null, null);
        Department child = unit("yc", "YC", "y");
        assertThat(UnitRules.treeOrder(List.of(child, z, x, y, office))).extracting(Department::code)
                .containsExactly("JD01", "Y", "YC", "X", "Z0");
        assertThat(UnitRules.treeOrder(List.of(a.withParent("c"), b, c))).as("a cycle still lists every unit")
                .hasSize(3);
    }
}
