package cn.quanze.store;

import java.time.LocalDate;

/** Counts across the registers for the dashboard and the status bar. */
public record Overview(long departments, long powerItems, long activePowerItems, long supervisionOpen,
                       long supervisionOverdue, long completionRequested, long feedback, long revisions,
                       long demoRecords) {

    public static Overview read(Store store, LocalDate today) {
        return store.read(c -> new Overview(
                Sql.count(c, "SELECT COUNT(*) FROM department"),
                Sql.count(c, "SELECT COUNT(*) FROM power_item"),
                Sql.count(c, "SELECT COUNT(*) FROM power_item WHERE status = 'ACTIVE'"),
                Sql.count(c, "SELECT COUNT(*) FROM supervision_item WHERE state NOT IN ('COMPLETED','ARCHIVED','WITHDRAWN')"),
                Sql.count(c, "SELECT COUNT(*) FROM supervision_item WHERE state NOT IN ('COMPLETED','ARCHIVED','WITHDRAWN',"
                        + "'DEFERRED') AND deadline < ?", today),
                Sql.count(c, "SELECT COUNT(*) FROM supervision_item WHERE state = 'COMPLETION_REQUESTED'"),
                Sql.count(c, "SELECT COUNT(*) FROM feedback"),
                Sql.count(c, "SELECT COUNT(*) FROM revision"),
                Sql.count(c, "SELECT (SELECT COUNT(*) FROM department WHERE demo = 1) + "
                        + "(SELECT COUNT(*) FROM power_item WHERE demo = 1) + "
                        + "(SELECT COUNT(*) FROM supervision_item WHERE demo = 1)")));
    }
}
