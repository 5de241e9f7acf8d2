package cn.quanze.duties.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A department's or sub-district's catalog read with lists missing has empty lists, and keeps its own copies. */
class CatalogRecordsTest {
    @Test
    void aDepartmentsCatalogWithoutListsHasEmptyOnes() {
        DepartmentDuties d = new DepartmentDuties("x", "scj", null, null, null, null, null, false);
        assertThat(d.mainDuties()).isEmpty();
        assertThat(d.workItems()).isEmpty();
        assertThat(d.boundaries()).isEmpty();
        assertThat(d.supervisionSystems()).isEmpty();
        assertThat(d.publicServices()).isEmpty();
        assertThat(DepartmentDuties.empty("x", "scj")).isEqualTo(d);
        assertThat(new DepartmentDuties.Boundary("食品安全", "scj", null, "分工", null).cooperatingDepartmentIds()).isEmpty();
    }

    @Test
    void aDepartmentsCatalogKeepsWhatItWasGiven() {
        List<String> main = new ArrayList<>(List.of("负责食品安全监督管理"));
        var item = new DepartmentDuties.WorkItem("抽检", "年度抽检", "食品安全法");
        var boundary = new DepartmentDuties.Boundary("食品安全", "scj", List.of("wjw"), "分工", "三定方案");
        DepartmentDuties d = new DepartmentDuties("x", "scj", main, List.of(item), List.of(boundary), List.of(item),
                List.of(item), true);
        main.clear();
        assertThat(d.mainDuties()).containsExactly("负责食品安全监督管理");
        assertThat(d.workItems()).containsExactly(item);
        assertThat(d.boundaries()).containsExactly(boundary);
        assertThat(d.supervisionSystems()).containsExactly(item);
        assertThat(d.publicServices()).containsExactly(item);
    }

    @Test
    void aSubDistrictsThreeListsLikewise() {
        BlockDuties empty = new BlockDuties("b", "xtjd", null, null, null, false);
        assertThat(empty.basic()).isEmpty();
        assertThat(empty.cooperating()).isEmpty();
        assertThat(empty.withdrawn()).isEmpty();
        assertThat(BlockDuties.empty("b", "xtjd")).isEqualTo(empty);
        var basic = new BlockDuties.BlockItem("环境卫生", null, null);
        var with = new BlockDuties.BlockItem("违法建筑拆除", "cgj", "文件");
        BlockDuties b = new BlockDuties("b", "xtjd", List.of(basic), List.of(with), List.of(with, basic), false);
        assertThat(b.basic()).containsExactly(basic);
        assertThat(b.cooperating()).containsExactly(with);
        assertThat(b.withdrawn()).containsExactly(with, basic);
    }
}
