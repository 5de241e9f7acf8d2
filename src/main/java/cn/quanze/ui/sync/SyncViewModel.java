package cn.quanze.ui.sync;

import cn.quanze.store.Overview;
import cn.quanze.store.Store;
import cn.quanze.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** 数据同步: this node's identity and its change log, which sync files are made from. */
public final class SyncViewModel {
    private final Store store;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>();

    public SyncViewModel(Store store, TaskRunner tasks, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void refresh() {
        tasks.run("sync.loading", () -> Overview.read(store, LocalDate.now(clock)), overview::set);
    }

    public String nodeId() {
        return store.nodeId();
    }

    public long lastOriginSeq() {
        return store.lastOriginSeq();
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }
}
