package cn.quanze.store;

import cn.quanze.domain.org.Department;
import cn.quanze.domain.power.PowerItem;
import java.util.List;
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
            public long count() {
                return store.read(c -> Sql.count(c, "SELECT COUNT(*) FROM power_item"));
            }
        };
    }

    public static SupervisionRepository supervision(Store store) {
        return new JdbcSupervisionRepository(store);
    }
}
