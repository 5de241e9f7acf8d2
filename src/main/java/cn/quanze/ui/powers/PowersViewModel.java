package cn.quanze.ui.powers;

import cn.quanze.domain.org.Department;
import cn.quanze.domain.power.PowerItem;
import cn.quanze.domain.power.PowerType;
import cn.quanze.store.DepartmentRepository;
import cn.quanze.store.PowerItemRepository;
import cn.quanze.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** 权力清单: the items, filtered by type and a text query over name, code, basis and department. */
public final class PowersViewModel {
    private final PowerItemRepository powers;
    private final DepartmentRepository departments;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<PowerType> typeFilter = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<PowerItem>> visible = new ReadOnlyObjectWrapper<>(List.of());
    private List<PowerItem> all = List.of();
    private Map<String, Department> departmentById = Map.of();

    public PowersViewModel(PowerItemRepository powers, DepartmentRepository departments, TaskRunner tasks) {
        this.powers = powers;
        this.departments = departments;
        this.tasks = tasks;
        query.addListener((o, a, b) -> applyFilter());
        typeFilter.addListener((o, a, b) -> applyFilter());
    }

    public void refresh() {
        tasks.run("powers.loading", () -> new Loaded(powers.all(),
                departments.all().stream().collect(Collectors.toMap(Department::id, Function.identity()))), loaded -> {
                    all = loaded.items();
                    departmentById = loaded.departments();
                    applyFilter();
                });
    }

    private record Loaded(List<PowerItem> items, Map<String, Department> departments) {
    }

    private void applyFilter() {
        String q = query.get() == null ? "" : query.get().trim();
        PowerType type = typeFilter.get();
        visible.set(all.stream().filter(p -> type == null || p.type() == type)
                .filter(p -> q.isEmpty() || matches(p, q)).toList());
    }

    private boolean matches(PowerItem p, String q) {
        return p.name().contains(q) || p.code().contains(q) || departmentName(p).contains(q)
                || p.bases().stream().anyMatch(b -> (b.law() + b.article() + b.text()).contains(q));
    }

    public String departmentName(PowerItem p) {
        Department d = departmentById.get(p.departmentId());
        return d == null ? "" : d.name();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<PowerType> typeFilterProperty() {
        return typeFilter;
    }

    /** The items passing the filters, parents and sub-items alike. */
    public ReadOnlyObjectProperty<List<PowerItem>> visibleProperty() {
        return visible.getReadOnlyProperty();
    }
}
