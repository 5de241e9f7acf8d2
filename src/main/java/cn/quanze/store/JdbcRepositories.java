package cn.quanze.store;

import cn.quanze.domain.org.Department;
import cn.quanze.domain.power.PowerAdjustment;
import cn.quanze.domain.power.PowerItem;
import cn.quanze.domain.power.PowerType;
import cn.quanze.domain.supervision.Feedback;
import cn.quanze.domain.supervision.SupervisionItem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JDBC implementations of the read repositories. */
public final class JdbcRepositories {
    private JdbcRepositories() {
    }

    static <T> List<T> list(Store store, EntityType<T> type, String sql, Object... params) {
        return store.read(c -> Sql.rows(c, sql, params).stream().map(type::fromRow).toList());
    }

    public static DepartmentRepository departments(Store store) {
        return new DepartmentRepository() {
            @Override
            public List<Department> all() {
                return list(store, CoreRecords.DEPARTMENT, "SELECT * FROM department ORDER BY kind, code");
            }

            @Override
            public Optional<Department> byCode(String code) {
                return list(store, CoreRecords.DEPARTMENT, "SELECT * FROM department WHERE code = ?", code)
                        .stream().findFirst();
            }
        };
    }

    public static PowerItemRepository powers(Store store) {
        return new PowerItemRepository() {
            @Override
            public List<PowerItem> all() {
                return list(store, PowerRecords.POWER_ITEM, "SELECT * FROM power_item ORDER BY code");
            }

            @Override
            public Optional<PowerItem> byCode(String code) {
                return list(store, PowerRecords.POWER_ITEM, "SELECT * FROM power_item WHERE code = ?", code)
                        .stream().findFirst();
            }

            @Override
            public Optional<PowerItem> byId(String id) {
                return list(store, PowerRecords.POWER_ITEM, "SELECT * FROM power_item WHERE id = ?", id)
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
                return list(store, PowerRecords.POWER_ADJUSTMENT, "SELECT * FROM power_adjustment WHERE power_id = ? "
                        + "ORDER BY effective_date, recorded_at, id", powerId);
            }
        };
    }

    public static SupervisionRepository supervision(Store store) {
        return new JdbcSupervisionRepository(store);
    }
}
