package cn.quanze.ui.deadlines;

import cn.quanze.domain.power.PowerItem;
import cn.quanze.store.PowerItemRepository;
import cn.quanze.ui.common.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 限时办结: the legal and promised time limits of every active power item, with the speed-up they promise. */
public final class DeadlinesViewModel {
    private final PowerItemRepository powers;
    private final TaskRunner tasks;
    private final ObservableList<PowerItem> limits = FXCollections.observableArrayList();

    public DeadlinesViewModel(PowerItemRepository powers, TaskRunner tasks) {
        this.powers = powers;
        this.tasks = tasks;
    }

    public void refresh() {
        tasks.run("deadlines.loading", () -> powers.all().stream()
                .filter(p -> p.isActive() && p.legalLimitDays() != null).toList(), limits::setAll);
    }

    /** 提速率: the share of the legal limit the promise saves, in percent. */
    public static String speedUp(PowerItem p) {
        if (p.legalLimitDays() == null || p.promisedLimitDays() == null || p.legalLimitDays() == 0) {
            return "";
        }
        return Math.round(100.0 * (p.legalLimitDays() - p.promisedLimitDays()) / p.legalLimitDays()) + "%";
    }

    public ObservableList<PowerItem> limits() {
        return FXCollections.unmodifiableObservableList(limits);
    }
}
