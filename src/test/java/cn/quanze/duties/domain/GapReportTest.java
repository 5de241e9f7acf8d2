package cn.quanze.duties.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The "有权必有责" report on generated catalogs, against gaps the generator knows it left. */
class GapReportTest {
    private static PowerItem item(String id, String parent, String dept, PowerStatus status) {
        return new PowerItem(id, "C-" + id, "事项" + id, PowerType.LICENSING, parent, dept, null, null, null, null, null,
                List.of(), List.of(), List.of(), null, status, null, false);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void findsExactlyTheGapsLeftByTheGenerator(long seed) {
        Random rnd = new Random(seed);
        List<Department> departments = new ArrayList<>();
        List<PowerItem> powers = new ArrayList<>();
        List<Duty> duties = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        Set<String> noDuty = new HashSet<>();
        Set<String> noCases = new HashSet<>();
        Set<String> noPosts = new HashSet<>();
        Duty.StageDuty stage = new Duty.StageDuty(DutyStage.ACCEPT, "受理", "依据");
        AccountabilityCase aCase = new AccountabilityCase(1, "情形", "依据");
        for (int d = 0; d < 30; d++) {
            String dept = "D" + d;
            departments.add(new Department(dept, dept, "单位" + d, null, UnitKind.DEPARTMENT, false));
            boolean anyActive = false;
            for (int m = 0; m < rnd.nextInt(6); m++) {
                String id = dept + "-" + m;
                PowerStatus status = rnd.nextInt(6) == 0 ? PowerStatus.CANCELLED : PowerStatus.ACTIVE;
                powers.add(item(id, null, dept, status));
                int coverage = rnd.nextInt(4); // 0 none, 1 duties only, 2-3 complete
                if (coverage > 0) {
                    duties.add(new Duty("duty-" + id, id, List.of(stage), coverage == 1 ? List.of() : List.of(aCase),
                            null, false));
                }
                if (status == PowerStatus.ACTIVE) {
                    anyActive = true;
                    if (coverage == 0) {
                        noDuty.add("C-" + id);
                    } else if (coverage == 1) {
                        noCases.add("C-" + id);
                    }
                }
                for (int s = 0; s < rnd.nextInt(3); s++) {
                    String subId = id + "-" + s;
                    powers.add(item(subId, id, dept, PowerStatus.ACTIVE));
                    anyActive = true;
                    boolean own = rnd.nextBoolean();
                    if (own) {
                        duties.add(new Duty("duty-" + subId, subId, List.of(stage), List.of(aCase), null, false));
                    } else if (coverage == 0) {
                        noDuty.add("C-" + subId);
                    } else if (coverage == 1) {
                        noCases.add("C-" + subId);
                    }
                }
            }
            if (rnd.nextInt(3) > 0) {
                posts.add(new Post("post-" + dept, dept, "岗位", "职责", List.of(), null, false));
            } else if (anyActive) {
                noPosts.add(dept);
            }
        }
        List<Gap> gaps = GapReport.find(powers, duties, posts, departments);
        assertThat(codes(gaps, GapKind.NO_DUTY)).isEqualTo(noDuty);
        assertThat(codes(gaps, GapKind.NO_CASES)).isEqualTo(noCases);
        assertThat(codes(gaps, GapKind.NO_POSTS)).isEqualTo(noPosts);
    }

    private static Set<String> codes(List<Gap> gaps, GapKind kind) {
        Set<String> out = new HashSet<>();
        gaps.stream().filter(g -> g.kind() == kind).forEach(g -> out.add(g.code()));
        return out;
    }
}
