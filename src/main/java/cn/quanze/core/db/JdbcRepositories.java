package cn.quanze.core.db;

import java.util.List;

/** The one helper the features' JDBC repositories share: rows of a query mapped by an entity type. */
public final class JdbcRepositories {
    private JdbcRepositories() {
    }

    public static <T> List<T> list(Store store, EntityType<T> type, String sql, Object... params) {
        return store.read(c -> Sql.rows(c, sql, params).stream().map(type::fromRow).toList());
    }
}
