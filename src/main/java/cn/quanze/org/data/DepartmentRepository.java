package cn.quanze.org.data;

import cn.quanze.org.domain.Department;
import java.util.List;
import java.util.Optional;

/** Read access to departments and sub-district offices. */
public interface DepartmentRepository {
    List<Department> all();

    Optional<Department> byCode(String code);
}
