package cn.quanze.store;

import cn.quanze.domain.org.Department;
import java.util.List;
import java.util.Optional;

/** Read access to departments and sub-district offices. */
public interface DepartmentRepository {
    List<Department> all();

    Optional<Department> byCode(String code);
}
