package cn.quanze.home.ui;

import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.i18n.I18n;
import cn.quanze.home.data.Dashboard;
import cn.quanze.home.data.HomeCharts;
import cn.quanze.home.data.MyWork;
import cn.quanze.sync.data.SyncAttention;
import cn.quanze.ui.common.NavTarget;
import cn.quanze.ui.common.Navigator;
import cn.quanze.ui.common.TaskExecutor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 首页: the card figures, "我的待办" and the chart data, re-read off the JavaFX thread on every {@link #refresh()}
 * (the window calls it on each visit and after every change in the store, imports and sync files included).
 * A card click opens its pane with the card's named filter through the {@link Navigator}.
 */
public final class HomeViewModel {
    /** Supervision items of one state, for the chart. */
    public record StateCount(SupervisionState state, long count) {
    }

    private final Dashboard dashboard;
    private final Callable<SyncAttention> syncCounts;
    private final TaskExecutor tasks;
    private final Navigator navigator;
    private final ReadOnlyObjectWrapper<HomeCard.Figures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper("");
    private final ObservableList<MyWork.Item> work = FXCollections.observableArrayList();
    private final ObservableList<HomeCharts.MonthRate> onTime = FXCollections.observableArrayList();
    private final ObservableList<StateCount> byState = FXCollections.observableArrayList();
    // read-only views made once: a view made per call could be collected together with the listeners put on it
    private final ObservableList<MyWork.Item> workView = FXCollections.unmodifiableObservableList(work);
    private final ObservableList<HomeCharts.MonthRate> onTimeView = FXCollections.unmodifiableObservableList(onTime);
    private final ObservableList<StateCount> byStateView = FXCollections.unmodifiableObservableList(byState);

    public HomeViewModel(Dashboard dashboard, Callable<SyncAttention> syncCounts, TaskExecutor tasks,
                         Navigator navigator) {
        this.dashboard = dashboard;
        this.syncCounts = syncCounts;
        this.tasks = tasks;
        this.navigator = navigator;
    }

    private record Loaded(Dashboard.Snapshot dashboard, SyncAttention sync) {
    }

    public void refresh() {
        tasks.run("home.loading", () -> new Loaded(dashboard.read(), syncCounts.call()), l -> {
            Dashboard.Snapshot d = l.dashboard();
            work.setAll(d.myWork());
            onTime.setAll(d.onTime());
            byState.setAll(states(d.byState()));
            scope.set(d.scope().login() == null ? I18n.t("home.work.officeWide")
                    : d.scope().officeWide() ? I18n.t("home.work.noUnit", d.scope().login())
                    : d.scope().person() == null ? I18n.t("home.work.unit", d.scope().unitName())
                    : I18n.t("home.work.unitPerson", d.scope().unitName(), d.scope().person()));
            figures.set(new HomeCard.Figures(d.counts(), l.sync()));
        });
    }

    private static List<StateCount> states(Map<SupervisionState, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0 || e.getKey().isOpen())
                .map(e -> new StateCount(e.getKey(), e.getValue())).toList();
    }

    /** Opens the card's pane with its list narrowed to what the card counts. */
    public void open(HomeCard card) {
        navigator.open(NavTarget.filtered(card.pane(), card.filter()));
    }

    /** Opens a line of "我的待办" in its pane. */
    public void open(MyWork.Item item) {
        navigator.open(NavTarget.record(item.kind() == MyWork.Kind.CASE ? "deadlines" : "supervision", item.id()));
    }

    /** The card figures; null until the first reading. */
    public ReadOnlyObjectProperty<HomeCard.Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Whose work the list shows (a unit and person, or the whole office when nobody is signed in). */
    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ObservableList<MyWork.Item> work() {
        return workView;
    }

    public ObservableList<HomeCharts.MonthRate> onTime() {
        return onTimeView;
    }

    public ObservableList<StateCount> byState() {
        return byStateView;
    }
}
