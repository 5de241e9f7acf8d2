package cn.quanze.powers.data;

import cn.quanze.core.db.JdbcRepositories;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import cn.quanze.powers.domain.PowerAdjustment;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The power list, read from the power_item and power_adjustment tables. */
public final class JdbcPowerItemRepository implements PowerItemRepository {
    private final Store store;

    public JdbcPowerItemRepository(Store store) {
        this.store = store;
    }

    @Override
    public List<PowerItem> all() {
        return JdbcRepositories.list(store, PowerRecords.POWER_ITEM, "SELECT * FROM power_item ORDER BY code");
    }

    @Override
    public Optional<PowerItem> byCode(String code) {
        return JdbcRepositories.list(store, PowerRecords.POWER_ITEM, "SELECT * FROM power_item WHERE code = ?", code)
                .stream().findFirst();
    }

    @Override
    public Optional<PowerItem> byId(String id) {
        return JdbcRepositories.list(store, PowerRecords.POWER_ITEM, "SELECT * FROM power_item WHERE id = ?", id)
                .stream().findFirst();
    }

    @Override
    public long count() {
        return store.read(c -> Sql.count(c, "SELECT COUNT(*) FROM power_item"));
    }

    @Override
    public List<String> searchIds(String query) {
        return store.read(c -> PowerSearch.ids(c, query));
    }

    @Override
    public Map<PowerType, Long> countsByType() {
        return store.read(c -> {
            Map<PowerType, Long> counts = new EnumMap<>(PowerType.class);
            for (Row r : Sql.rows(c, "SELECT type, COUNT(*) AS n FROM power_item GROUP BY type")) {
                counts.put(r.enumValue(PowerType.class, "type"), r.lng("n"));
            }
            return counts;
        });
    }

    @Override
    public List<PowerAdjustment> adjustmentsOf(String powerId) {
        return JdbcRepositories.list(store, PowerRecords.POWER_ADJUSTMENT, "SELECT * FROM power_adjustment WHERE power_id = ? "
                + "ORDER BY effective_date, recorded_at, id", powerId);
    }
}
