package cn.quanze.org.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Which unit is this name?": code, full name, short name, aliases; normalised; prefixes only when unambiguous. */
class UnitMatcherTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static Department unit(String id, String code, String name, String shortName, String... aliases) {
        return new Department(id, code, name, shortName, UnitKind.DEPARTMENT, false, null, List.of(aliases), null,
                null, null, null);
    }

    final Department scj = unit("u1", "SCJ", "区市场监督管理局", "区市场监管局", "市场监管局", "区市监局");
    final Department cgj = unit("u2", "CGJ", "区城管执法局", "城管执法局");
    final Department office = new Department("office-JD01", "JD01", "天平路街道办事处", null, UnitKind.OFFICE, false);
    final Department cyzx = unit("u3", "JD01-CYZX", "城市运行管理中心", "城运中心", "网格化管理中心");
    final UnitMatcher matcher = UnitMatcher.of(List.of(scj, cgj, office, cyzx), TODAY);

    @Test
    void codeNameShortNameAndAliasesAllFindTheUnit() {
        for (String name : List.of("SCJ", "scj", "区市场监督管理局", "区市场监管局", "市场监管局", "区市监局")) {
            assertThat(matcher.find(name)).as(name).contains(scj);
        }
        assertThat(matcher.find("城运中心")).contains(cyzx);
        assertThat(matcher.find("网格化管理中心")).contains(cyzx);
        assertThat(matcher.find("jd01-cyzx")).contains(cyzx);
        assertThat(matcher.find("天平路街道办事处")).contains(office);
    }

    @Test
    void whitespaceAndFullWidthCharactersDoNotMatter() {
        assertThat(matcher.find(" 区市场\u3000监督管理局\n")).contains(scj);
        assertThat(matcher.find("ＳＣＪ")).contains(scj);
        assertThat(matcher.find("ｊｄ０１－ＣＹＺＸ")).contains(cyzx);
    }

    @Test
    void aLeadingDistrictPrefixOrATrailingOfficeSuffixMayBeLeftOutOrAdded() {
        assertThat(matcher.find("城管执法局")).contains(cgj);
        assertThat(matcher.find("区城管执法局")).contains(cgj);
        assertThat(matcher.find("市城管执法局")).contains(cgj);
        assertThat(matcher.find("天平路街道")).contains(office);
        assertThat(matcher.find("区城运中心")).contains(cyzx);
        assertThat(matcher.find("城管")).isEmpty();
    }

    @Test
    void aNameSeveralUnitsAnswerIsAnErrorListingThem() {
        Department city = unit("u9", "SSCJ", "市市场监督管理局", "市市场监管局");
        UnitMatcher m = UnitMatcher.of(List.of(scj, city, cgj), TODAY);
        assertThat(m.match("市场监督管理局")).isInstanceOfSatisfying(UnitMatcher.Ambiguous.class,
                a -> assertThat(a.candidates()).containsExactly(scj, city));
        assertThat(m.find("市场监督管理局")).isEmpty();
        // an exact name is not ambiguous because a looser reading would also find another unit
        assertThat(m.find("区市场监督管理局")).contains(scj);
        Department twin = unit("u10", "ZHB2", "综合办", null);
        Department twin2 = unit("u11", "ZHB3", "综合办公室", "综合办");
        assertThat(UnitMatcher.of(List.of(twin, twin2), TODAY).match("综合办"))
                .isInstanceOf(UnitMatcher.Ambiguous.class);
    }

    @Test
    void retiredUnitsAreNotFoundButNamed() {
        Department old = unit("u5", "GSJ", "区工商局", "工商局").withRetiredOn(LocalDate.of(2019, 1, 1));
        Department later = unit("u6", "LATE", "区将撤局", null).withRetiredOn(LocalDate.of(2026, 12, 31));
        UnitMatcher m = UnitMatcher.of(List.of(scj, old, later), TODAY);
        assertThat(m.match("工商局")).isInstanceOfSatisfying(UnitMatcher.Unknown.class,
                u -> assertThat(u.retired()).contains(old));
        assertThat(m.find("区将撤局")).as("in use until its 撤销 date").contains(later);
        assertThat(UnitMatcher.of(List.of(later), LocalDate.of(2026, 12, 31)).find("区将撤局")).isEmpty();
        assertThat(m.match("不存在的局")).isInstanceOfSatisfying(UnitMatcher.Unknown.class,
                u -> assertThat(u.retired()).isEmpty());
        assertThat(m.match("  ")).isInstanceOf(UnitMatcher.Unknown.class);
    }

    @Test
    void aMergedUnitsOldNameFindsTheSurvivor() {
        Department gone = unit("u7", "ZLJ", "区质量技术监督局", "质监局").withRetiredOn(TODAY);
        Department survivor = UnitRules.absorbNames(scj, gone);
        assertThat(UnitMatcher.of(List.of(gone, survivor), TODAY).find("质监局")).contains(survivor);
    }
}
