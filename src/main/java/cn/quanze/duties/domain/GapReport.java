package cn.quanze.duties.domain;

import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "有权必有责": finds active power items with no duty or no accountability case, and departments with active powers
 * but no posts. A sub-item (子项) is covered by its own entry or, when it has none, by its main item's entry, as
 * published catalogs list duties once per main item.
 */
public final class GapReport {
    private GapReport() {
    }

    public static List<Gap> find(List<PowerItem> powers, List<Duty> duties, List<Post> posts,
                                 List<Department> departments) {
        Map<String, Duty> dutyByPower = duties.stream()
                .collect(Collectors.toMap(Duty::powerItemId, Function.identity(), (a, b) -> a));
        List<Gap> gaps = new ArrayList<>();
        List<PowerItem> active = powers.stream().filter(PowerItem::isActive)
                .sorted(Comparator.comparing(PowerItem::code)).toList();
        for (PowerItem p : active) {
            Duty own = dutyByPower.get(p.id());
            Duty effective = own != null && own.hasDuties() ? own
                    : p.parentId() == null ? own : dutyByPower.getOrDefault(p.parentId(), own);
            if (effective == null || !effective.hasDuties()) {
                gaps.add(new Gap(GapKind.NO_DUTY, p.id(), p.code(), p.name(), p.departmentId()));
            } else if (!effective.hasCases()) {
                gaps.add(new Gap(GapKind.NO_CASES, p.id(), p.code(), p.name(), p.departmentId()));
            }
        }
        Set<String> withPosts = posts.stream().map(Post::departmentId).collect(Collectors.toSet());
        Set<String> withPowers = active.stream().map(PowerItem::departmentId).filter(d -> d != null)
                .collect(Collectors.toSet());
        departments.stream().filter(d -> withPowers.contains(d.id()) && !withPosts.contains(d.id()))
                .sorted(Comparator.comparing(Department::code))
                .forEach(d -> gaps.add(new Gap(GapKind.NO_POSTS, d.id(), d.code(), d.name(), d.id())));
        return gaps;
    }
}
