package cn.quanze.ui.supervision;

import cn.quanze.domain.Light;
import cn.quanze.domain.org.Department;
import cn.quanze.domain.supervision.Feedback;
import cn.quanze.domain.supervision.SupervisionItem;
import cn.quanze.domain.supervision.SupervisionRules;
import cn.quanze.store.DepartmentRepository;
import cn.quanze.store.SupervisionRepository;
import cn.quanze.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 督查督办: the items with their lights, and the feedback of the selected item. */
public final class SupervisionViewModel {
    private final SupervisionRepository repository;
    private final DepartmentRepository departments;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<SupervisionItem> items = FXCollections.observableArrayList();
    private final ObservableList<Feedback> feedback = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SupervisionItem> selected = new ReadOnlyObjectWrapper<>();
    private Map<String, Department> departmentById = Map.of();

    public SupervisionViewModel(SupervisionRepository repository, DepartmentRepository departments, TaskRunner tasks,
                                Clock clock) {
        this.repository = repository;
        this.departments = departments;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void refresh() {
        tasks.run("supervision.loading", () -> new Loaded(repository.all(),
                departments.all().stream().collect(Collectors.toMap(Department::id, Function.identity()))), l -> {
                    departmentById = l.departments();
                    items.setAll(l.items());
                });
    }

    private record Loaded(List<SupervisionItem> items, Map<String, Department> departments) {
    }

    public void select(SupervisionItem item) {
        selected.set(item);
        if (item == null) {
            feedback.clear();
            return;
        }
        tasks.run("supervision.loading", () -> repository.feedbackOf(item.id()), feedback::setAll);
    }

    public Light light(SupervisionItem item) {
        return SupervisionRules.light(item, LocalDate.now(clock));
    }

    public String unitName(String departmentId) {
        Department d = departmentById.get(departmentId);
        return d == null ? "" : d.name();
    }

    public String cooperatingNames(SupervisionItem item) {
        return item.cooperatingUnitIds().stream().map(this::unitName).collect(Collectors.joining("、"));
    }

    public ObservableList<SupervisionItem> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    public ObservableList<Feedback> feedback() {
        return FXCollections.unmodifiableObservableList(feedback);
    }

    public ReadOnlyObjectProperty<SupervisionItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
