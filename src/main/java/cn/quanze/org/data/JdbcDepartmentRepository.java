package cn.quanze.org.data;

import cn.quanze.core.db.JdbcRepositories;
import cn.quanze.core.db.Store;
import cn.quanze.org.domain.Department;
import java.util.List;
import java.util.Optional;

/** The units of this installation, read from the department table. */
public final class JdbcDepartmentRepository implements DepartmentRepository {
    private final Store store;

    public JdbcDepartmentRepository(Store store) {
        this.store = store;
    }

    @Override
    public List<Department> all() {
        return JdbcRepositories.list(store, OrgRecords.DEPARTMENT, "SELECT * FROM department ORDER BY kind, code");
    }

    @Override
    public Optional<Department> byCode(String code) {
        return JdbcRepositories.list(store, OrgRecords.DEPARTMENT, "SELECT * FROM department WHERE code = ?", code)
                .stream().findFirst();
    }
}
