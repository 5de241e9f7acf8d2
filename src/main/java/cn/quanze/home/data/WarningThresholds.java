package cn.quanze.home.data;

import cn.quanze.cases.data.CaseLedger;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.db.Store;
import cn.quanze.cases.domain.LightThresholds;
import cn.quanze.supervision.domain.SupervisionThresholds;
import java.util.Optional;

/**
 * The warning thresholds of this installation (设置 → 预警阈值): when cases and supervision items turn yellow, and
 * after how many days without a sync file a partner office counts as not heard from. Node-local settings; the
 * case thresholds are the same keys the {@link CaseLedger} reads.
 */
public final class WarningThresholds {
    public static final String SUPERVISION_DAYS = "supervision.yellow.days";
    public static final String FEEDBACK_DAYS = "supervision.feedbackYellow.days";
    public static final String PARTNER_DAYS = "sync.partnerSilent.days";
    public static final int DEFAULT_PARTNER_DAYS = 7;

    /** All thresholds together, as the settings page edits them. */
    public record Values(LightThresholds cases, SupervisionThresholds supervision, int partnerDays) {
        public Values {
            if (partnerDays < 1 || partnerDays > 365) {
                throw new IllegalArgumentException("partner days " + partnerDays);
            }
        }
    }

    private final Store store;
    private final OfficeSettings settings;

    public WarningThresholds(Store store, OfficeSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public Values read() {
        return new Values(CaseLedger.thresholdsIn(settings), supervision(), partnerDays());
    }

    /** The supervision thresholds; the defaults when unset or unreadable. */
    public SupervisionThresholds supervision() {
        try {
            return new SupervisionThresholds(
                    number(SUPERVISION_DAYS).orElse(SupervisionThresholds.DEFAULT.deadlineDays()),
                    number(FEEDBACK_DAYS).orElse(SupervisionThresholds.DEFAULT.feedbackDays()));
        } catch (IllegalArgumentException e) {
            return SupervisionThresholds.DEFAULT;
        }
    }

    public int partnerDays() {
        try {
            int d = number(PARTNER_DAYS).orElse(DEFAULT_PARTNER_DAYS);
            return d < 1 ? DEFAULT_PARTNER_DAYS : d;
        } catch (NumberFormatException e) {
            return DEFAULT_PARTNER_DAYS;
        }
    }

    private Optional<Integer> number(String key) {
        return settings.get(key).map(String::strip).map(Integer::parseInt);
    }

    public void save(Values v) {
        store.run("thresholds.save", uow -> {
            settings.set(uow, CaseLedger.YELLOW_DAYS, Integer.toString(v.cases().daysLeft()));
            settings.set(uow, CaseLedger.YELLOW_PERCENT, Integer.toString(v.cases().percentUsed()));
            settings.set(uow, SUPERVISION_DAYS, Integer.toString(v.supervision().deadlineDays()));
            settings.set(uow, FEEDBACK_DAYS, Integer.toString(v.supervision().feedbackDays()));
            settings.set(uow, PARTNER_DAYS, Integer.toString(v.partnerDays()));
        });
    }
}
