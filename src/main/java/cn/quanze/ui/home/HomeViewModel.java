package cn.quanze.ui.home;

import cn.quanze.domain.supervision.SupervisionItem;
import cn.quanze.store.CaseCounts;
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
    private final CaseCounts cases;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SupervisionItem> dueSoon = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<CaseCounts.Lights> caseLights = new ReadOnlyObjectWrapper<>();

    public HomeViewModel(Store store, SupervisionRepository supervision, CaseCounts cases, TaskRunner tasks,
                         Clock clock) {
        this.store = store;
        this.supervision = supervision;
        this.cases = cases;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        tasks.run("home.loading", () -> new Loaded(Overview.read(store, today), supervision.all().stream()
                .filter(i -> i.state().isOpen() && i.deadline() != null)
                .sorted(Comparator.comparing(SupervisionItem::deadline)).limit(12).toList(), cases.open()), loaded -> {
                    overview.set(loaded.overview());
                    caseLights.set(loaded.caseLights());
                    dueSoon.setAll(loaded.dueSoon());
                });
    }

    /** The open cases by light, shown as cards on the start page (即将到期 / 已逾期). */
    public ReadOnlyObjectProperty<CaseCounts.Lights> caseLightsProperty() {
        return caseLights.getReadOnlyProperty();
    }

    private record Loaded(Overview overview, List<SupervisionItem> dueSoon, CaseCounts.Lights caseLights) {
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
