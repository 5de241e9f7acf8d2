package cn.quanze.ui.duties;

import cn.quanze.domain.org.Department;
import cn.quanze.domain.power.PowerItem;
import cn.quanze.store.DepartmentRepository;
import cn.quanze.store.PowerItemRepository;
import cn.quanze.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 责任清单 by department: each unit with the powers it implements. */
public final class DutiesViewModel {
    /** A department row: its powers, and how many of them are active. */
    public record DepartmentRow(Department department, long powers, long activePowers) {
    }

    private final DepartmentRepository departments;
    private final PowerItemRepository powers;
    private final TaskRunner tasks;
    private final ObservableList<DepartmentRow> rows = FXCollections.observableArrayList();

    public DutiesViewModel(DepartmentRepository departments, PowerItemRepository powers, TaskRunner tasks) {
        this.departments = departments;
        this.powers = powers;
        this.tasks = tasks;
    }

    public void refresh() {
        tasks.run("duties.loading", () -> {
            List<PowerItem> all = powers.all();
            Map<String, List<PowerItem>> byDept = all.stream().filter(p -> p.departmentId() != null)
                    .collect(Collectors.groupingBy(PowerItem::departmentId));
            return departments.all().stream().map(d -> {
                List<PowerItem> own = byDept.getOrDefault(d.id(), List.of());
                return new DepartmentRow(d, own.size(), own.stream().filter(PowerItem::isActive).count());
            }).toList();
        }, rows::setAll);
    }

    public ObservableList<DepartmentRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }
}
