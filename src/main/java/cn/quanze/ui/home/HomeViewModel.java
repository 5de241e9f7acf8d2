package cn.quanze.ui.home;

import cn.quanze.domain.supervision.SupervisionItem;
import cn.quanze.store.Overview;
import cn.quanze.store.Store;
import cn.quanze.store.SupervisionRepository;
import cn.quanze.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 首页: counts across the registers and the supervision items due soonest. */
public final class HomeViewModel {
    private final Store store;
    private final SupervisionRepository supervision;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SupervisionItem> dueSoon = FXCollections.observableArrayList();

    public HomeViewModel(Store store, SupervisionRepository supervision, TaskRunner tasks, Clock clock) {
        this.store = store;
        this.supervision = supervision;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        tasks.run("home.loading", () -> new Loaded(Overview.read(store, today), supervision.all().stream()
                .filter(i -> i.state().isOpen() && i.deadline() != null)
                .sorted(Comparator.comparing(SupervisionItem::deadline)).limit(12).toList()), loaded -> {
                    overview.set(loaded.overview());
                    dueSoon.setAll(loaded.dueSoon());
                });
    }

    private record Loaded(Overview overview, List<SupervisionItem> dueSoon) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObservableList<SupervisionItem> dueSoon() {
        return FXCollections.unmodifiableObservableList(dueSoon);
    }
}
