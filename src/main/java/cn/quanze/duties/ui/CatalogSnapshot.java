package cn.quanze.duties.ui;

import cn.quanze.duties.domain.AssistanceItem;
import cn.quanze.duties.domain.BlockDuties;
import cn.quanze.duties.domain.DepartmentDuties;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.Post;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.duties.data.DutyRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the pane shows, read in one background call, with the lookups the view model needs. */
record CatalogSnapshot(List<Department> departments, List<PowerItem> powers, List<Duty> duties,
                       List<DepartmentDuties> departmentDuties, List<BlockDuties> blocks, List<Post> posts,
                       List<AssistanceItem> assistance, Map<String, Department> unitById,
                       Map<String, Duty> dutyByPower) {

    static final CatalogSnapshot EMPTY = of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    static CatalogSnapshot of(List<Department> departments, List<PowerItem> powers, List<Duty> duties,
                              List<DepartmentDuties> departmentDuties, List<BlockDuties> blocks, List<Post> posts,
                              List<AssistanceItem> assistance) {
        return new CatalogSnapshot(departments, powers, duties, departmentDuties, blocks, posts, assistance,
                departments.stream().collect(Collectors.toMap(Department::id, Function.identity())),
                duties.stream().collect(Collectors.toMap(Duty::powerItemId, Function.identity(), (a, b) -> a)));
    }

    /** Where a search hit lives: a power item, or a unit (department, post and assistance hits go to the unit). */
    record Owner(PowerItem power, Department unit, boolean block, String label) {
    }

    Optional<PowerItem> power(String id) {
        return powers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    Optional<Duty> ownDuty(String powerId) {
        return Optional.ofNullable(dutyByPower.get(powerId));
    }

    /** The item's own entry, or its main item's when a sub-item has none. */
    Duty effective(PowerItem p) {
        Duty own = dutyByPower.get(p.id());
        if ((own == null || !own.hasDuties()) && p.parentId() != null && dutyByPower.containsKey(p.parentId())) {
            return dutyByPower.get(p.parentId());
        }
        return own;
    }

    String unitName(String id) {
        Department d = id == null ? null : unitById.get(id);
        return d == null ? "" : d.name();
    }

    Optional<Owner> ownerOf(DutyRepository.Hit h) {
        String id = h.recordId();
        return switch (h.kind()) {
            case DUTY -> duties.stream().filter(d -> d.id().equals(id)).findFirst().flatMap(d -> power(d.powerItemId()))
                    .map(p -> new Owner(p, null, false, p.code() + " " + p.name()));
            case DEPARTMENT -> departmentDuties.stream().filter(d -> d.id().equals(id)).findFirst()
                    .map(d -> unit(d.departmentId(), false, unitName(d.departmentId())));
            case BLOCK -> blocks.stream().filter(b -> b.id().equals(id)).findFirst()
                    .map(b -> unit(b.unitId(), true, unitName(b.unitId())));
            case POST -> posts.stream().filter(p -> p.id().equals(id)).findFirst()
                    .map(p -> unit(p.departmentId(), false, unitName(p.departmentId()) + " · " + p.name()));
            case ASSISTANCE -> assistance.stream().filter(a -> a.id().equals(id)).findFirst()
                    .map(a -> unit(a.requestingDepartmentId(), false, unitName(a.requestingDepartmentId()) + " → "
                            + unitName(a.assistingDepartmentId())));
        };
    }

    private Owner unit(String unitId, boolean block, String label) {
        return new Owner(null, unitById.get(unitId), block, label);
    }
}
