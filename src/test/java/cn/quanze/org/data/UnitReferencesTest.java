package cn.quanze.org.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Sql;
import cn.quanze.wiring.Workbench;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UnitReferences lists every column that holds a unit id: each foreign key to {@code department} of every entity
 * table, and each column named like one (department_id, unit_id, lead_unit_id, cooperating_unit_ids...), since some
 * cross-owner references are not foreign keys (case_file.department_id) or are JSON lists. A register that gains such
 * a column fails here until the merge knows it.
 */
class UnitReferencesTest {
    private static final Pattern UNIT_COLUMN = Pattern.compile("(^|_)(department|unit)_ids?$");

    @TempDir
    Path dir;

    @Test
    void everyColumnHoldingAUnitIdIsListed() {
        Set<String> listed = UnitReferences.ALL.stream().map(UnitReferences.Reference::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = new TreeSet<>();
        try (Workbench wb = TestWorkbench.open(dir)) {
            for (EntityType<?> type : wb.store().schema().entities()) {
                wb.store().read(c -> Sql.rows(c, "PRAGMA foreign_key_list(" + type.name() + ")")).stream()
                        .filter(fk -> fk.str("table").equals("department"))
                        .forEach(fk -> found.add(type.name() + "." + fk.str("from")));
                type.columns().stream().filter(col -> UNIT_COLUMN.matcher(col).find())
                        .forEach(col -> found.add(type.name() + "." + col));
            }
            assertThat(listed).as("columns referring to units missing from UnitReferences.ALL").containsAll(found);
            for (UnitReferences.Reference r : UnitReferences.ALL) {
                EntityType<?> type = wb.store().schema().byName(r.table()).orElseThrow();
                assertThat(type.columns()).as(r.name()).contains(r.column());
            }
        }
        assertThat(found).contains("department.parent_id", "case_file.department_id",
                "supervision_item.cooperating_unit_ids", "user_account.department_id");
    }
}
