package cn.quanze.duties.files;

import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.DutyText;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A department's full catalog in the published one-table layout: 序号, 权力类型, 项目编码, 项目名称, 子项, 实施依据,
 * 责任事项, 追责情形. One group per active main item, one row per active sub-item (or one row without sub-items);
 * when no sub-item has duties of its own, the main item's duties span the whole group (merged cells); otherwise
 * the main item gets a row of its own (子项 empty) and sub-items without duties repeat the main item's text.
 */
public record CatalogTable(String departmentCode, String departmentName, List<Group> groups) {
    public static final List<String> HEADERS = List.of("序号", "权力类型", "项目编码", "项目名称", "子项", "实施依据",
            "责任事项", "追责情形");

    /** The rows of one main item; {@code dutySpans} says whether the duty cells are merged over all rows. */
    public record Group(int number, String type, String code, String name, List<Line> lines, boolean dutySpans) {
    }

    /** One printed row. */
    public record Line(String subItem, String basis, String duties, String cases) {
    }

    public static CatalogTable of(Department department, List<PowerItem> powers, List<Duty> duties) {
        Map<String, Duty> dutyByPower = duties.stream()
                .collect(Collectors.toMap(Duty::powerItemId, Function.identity(), (a, b) -> a));
        List<PowerItem> active = powers.stream().filter(PowerItem::isActive).toList();
        List<PowerItem> mains = active.stream()
                .filter(p -> p.parentId() == null && department.id().equals(p.departmentId()))
                .sorted(Comparator.comparing(PowerItem::code)).toList();
        List<Group> groups = new ArrayList<>();
        for (PowerItem main : mains) {
            List<PowerItem> subs = active.stream().filter(p -> main.id().equals(p.parentId()))
                    .sorted(Comparator.comparing(PowerItem::code)).toList();
            Duty mainDuty = dutyByPower.get(main.id());
            List<Line> lines = new ArrayList<>();
            boolean spans = subs.stream().noneMatch(s -> dutyByPower.containsKey(s.id()));
            if (subs.isEmpty()) {
                lines.add(line("", main, mainDuty));
            } else {
                if (!spans) {
                    lines.add(line("", main, mainDuty));
                }
                for (PowerItem sub : subs) {
                    Duty own = dutyByPower.get(sub.id());
                    lines.add(line(sub.name(), sub.bases().isEmpty() ? main : sub, own == null ? mainDuty : own));
                }
            }
            groups.add(new Group(groups.size() + 1, main.type().officialName(), main.code(), main.name(), lines, spans));
        }
        return new CatalogTable(department.code(), department.name(), groups);
    }

    private static Line line(String subItem, PowerItem basisOf, Duty duty) {
        return new Line(subItem, bases(basisOf.bases()),
                duty == null ? "" : DutyText.stages(duty.stages()),
                duty == null ? "" : DutyText.cases(duty.cases()));
    }

    static String bases(List<PowerItem.LegalBasis> bases) {
        StringBuilder sb = new StringBuilder();
        for (PowerItem.LegalBasis b : bases) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(b.law()).append(b.article() == null ? "" : b.article());
            if (b.text() != null && !b.text().isBlank()) {
                sb.append('：').append(b.text());
            }
        }
        return sb.toString();
    }

    public String title() {
        return departmentName + "权力清单和责任清单";
    }

    public int rowCount() {
        return groups.stream().mapToInt(g -> g.lines().size()).sum();
    }
}
