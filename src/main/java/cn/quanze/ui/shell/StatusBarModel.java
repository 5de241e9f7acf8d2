package cn.quanze.ui.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the status bar shows: office, user, database path, last sync. */
public final class StatusBarModel {
    private final ReadOnlyStringWrapper office = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("");

    public void update(String officeText, String userText, String databaseText, String lastSyncText) {
        office.set(officeText);
        user.set(userText);
        database.set(databaseText);
        lastSync.set(lastSyncText);
    }

    public ReadOnlyStringProperty officeProperty() {
        return office.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }
}
