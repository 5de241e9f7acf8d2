package cn.quanze.domain.supervision;

import cn.quanze.domain.Light;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Deadline light of a supervision item. */
public final class SupervisionRules {
    /** Calendar days before the deadline at which an open item turns yellow. */
    public static final int WARN_DAYS = 7;

    private SupervisionRules() {
    }

    public static Light light(SupervisionItem item, LocalDate today) {
        if (!item.state().isOpen() || item.deadline() == null || item.state() == SupervisionState.DEFERRED) {
            return Light.GREEN;
        }
        long left = ChronoUnit.DAYS.between(today, item.deadline());
        if (left < 0) {
            return Light.RED;
        }
        return left <= WARN_DAYS ? Light.YELLOW : Light.GREEN;
    }
}
