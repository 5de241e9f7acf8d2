package cn.quanze.demo;

import cn.quanze.core.domain.Ids;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.data.UnitReferences;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.powers.data.PowerRecords;
import cn.quanze.core.db.Store;
import cn.quanze.supervision.data.SupervisionRecords;
import cn.quanze.core.db.UnitOfWork;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo data shipped in seeds/demo (our own JSON format, see seeds/README.md) through the unit of work,
 * every record marked {@code demo}, and removes it again without touching real data.
 */
public final class DemoData {
    public record Counts(int departments, int powerItems, int supervisionItems, int feedback, int cases) {
    }

    record SeedDepartment(String code, String name, String shortName, String kind) {
    }

    record SeedPower(String code, String name, String type, String department, String undertakingOffice, String level,
                     Integer legalLimitDays, Integer promisedLimitDays, PowerItem.Fee fee,
                     List<PowerItem.LegalBasis> bases, List<PowerItem.DiscretionRule> discretion,
                     List<PowerItem.ProcessStep> steps, PowerItem.ServiceGuide guide, String status, String remarks,
                     List<SeedPower> children) {
    }

    private final Store store;
    private final DemoCases cases = new DemoCases();

    public DemoData(Store store) {
        this.store = store;
    }

    public Counts load() {
        List<SeedDepartment> departments = read("departments.json", new TypeReference<>() { });
        List<SeedPower> powers = read("powers.json", new TypeReference<>() { });
        List<SupervisionDemo.SeedSupervision> items = read("supervision.json", new TypeReference<>() { });
        List<SupervisionDemo.SeedRectification> rectifications = read("rectifications.json", new TypeReference<>() { });
        List<DemoCases.SeedCase> seedCases = read("cases.json", new TypeReference<>() { });
        DemoDuties.Seeds duties = DemoDuties.read();
        return store.write("demo.load", uow -> {
            Map<String, String> deptIds = new HashMap<>();
            int newDepartments = putDepartments(uow, departments, deptIds);
            int powerCount = 0;
            for (SeedPower p : powers) {
                powerCount += putPower(uow, p, null, deptIds);
            }
            DemoDuties.load(uow, duties, deptIds);
            SupervisionDemo supervision = new SupervisionDemo(uow, deptIds);
            List<SupervisionDemo.SeedSupervision> ordered = new ArrayList<>(items);
            ordered.sort(Comparator.comparing(SupervisionDemo.SeedSupervision::assignedOn));
            ordered.forEach(supervision::put);
            rectifications.forEach(supervision::put);
            int caseCount = cases.put(uow, seedCases, deptIds);
            return new Counts(newDepartments, powerCount, ordered.size(), supervision.feedbackCount, caseCount);
        });
    }

    /** Only the demo units (the 37 departments and offices), e.g. for benchmarks that bring their own registers. */
    public int loadDepartments() {
        List<SeedDepartment> departments = read("departments.json", new TypeReference<>() { });
        return store.write("demo.load", uow -> putDepartments(uow, departments, new HashMap<>()));
    }

    /**
     * Puts the seed units not yet present: a seed whose code, or whose name or short name, is already a unit (the
     * user's own or an imported one) uses that unit and leaves it as it is — never marked 示例数据. Fills
     * {@code deptIds} code → id for every seed unit.
     */
    private static int putDepartments(UnitOfWork uow, List<SeedDepartment> departments, Map<String, String> deptIds) {
        List<Department> existing = uow.query("SELECT * FROM department").stream()
                .map(cn.quanze.org.data.OrgRecords.DEPARTMENT::fromRow).toList();
        for (Department d : existing) {
            deptIds.put(d.code(), d.id());
        }
        // every unit counts here, retired ones too
        UnitMatcher matcher = UnitMatcher.of(existing, java.time.LocalDate.MIN.plusDays(1));
        int added = 0;
        for (SeedDepartment d : departments) {
            if (deptIds.containsKey(d.code())) {
                continue;
            }
            var mine = exactly(matcher, d.name()).or(() -> exactly(matcher, d.shortName()));
            if (mine.isPresent()) {
                deptIds.put(d.code(), mine.get().id());
                continue;
            }
            String id = Ids.newId();
            uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, new Department(id, d.code(), d.name(), d.shortName(),
                    UnitKind.valueOf(d.kind()), true));
            deptIds.put(d.code(), id);
            added++;
        }
        return added;
    }

    /** The unit a seed name is, when one unit has exactly that name (no prefix dropped: a demo is not a guess). */
    private static java.util.Optional<Department> exactly(UnitMatcher matcher, String name) {
        if (name == null || name.isBlank()) {
            return java.util.Optional.empty();
        }
        return matcher.find(name).filter(u -> UnitMatcher.normalize(u.name()).equals(UnitMatcher.normalize(name))
                || UnitMatcher.normalize(name).equals(UnitMatcher.normalize(u.shortName()))
                || u.aliases().stream().anyMatch(a -> UnitMatcher.normalize(a).equals(UnitMatcher.normalize(name))));
    }

    private int putPower(UnitOfWork uow, SeedPower p, String parentId, Map<String, String> deptIds) {
        String id = Ids.newId();
        PowerType type = PowerType.fromOfficialName(p.type())
                .orElseThrow(() -> new IllegalArgumentException("seed power type " + p.type()));
        uow.put(PowerRecords.POWER_ITEM, new PowerItem(id, p.code(), p.name(), type, parentId,
                deptIds.get(p.department()), p.undertakingOffice(),
                "街道".equals(p.level()) ? OfficeLevel.SUBDISTRICT : OfficeLevel.DISTRICT,
                p.legalLimitDays(), p.promisedLimitDays(), p.fee(), p.bases(), p.discretion(), p.steps(), p.guide(),
                PowerStatus.fromOfficialName(p.status()).orElse(PowerStatus.ACTIVE), p.remarks(), true));
        int n = 1;
        if (p.children() != null) {
            for (SeedPower child : p.children()) {
                n += putPower(uow, child, id, deptIds);
            }
        }
        return n;
    }

    /** Removes every demo record (children first); departments still used by real records stay. */
    public int remove() {
        return store.write("demo.remove", uow -> {
            int removed = 0;
            removed += deleteWhere(uow, SupervisionRecords.ATTACHMENT, "SELECT a.id FROM attachment a JOIN feedback f "
                    + "ON a.owner_entity = 'feedback' AND a.owner_id = f.id WHERE f.demo = 1");
            removed += deleteWhere(uow, SupervisionRecords.RECTIFICATION, "SELECT id FROM rectification WHERE demo = 1 "
                    + "OR item_id IN (SELECT id FROM supervision_item WHERE demo = 1)");
            removed += deleteWhere(uow, SupervisionRecords.EVENT, "SELECT id FROM supervision_event WHERE demo = 1");
            removed += deleteWhere(uow, cn.quanze.cases.data.CaseRecords.CASE_EVENT, "SELECT id FROM case_event WHERE demo = 1");
            removed += deleteWhere(uow, cn.quanze.cases.data.CaseRecords.CASE_FILE, "SELECT id FROM case_file WHERE demo = 1");
            removed += DemoDuties.remove(uow);
            removed += deleteWhere(uow, SupervisionRecords.FEEDBACK, "SELECT id FROM feedback WHERE demo = 1");
            removed += deleteWhere(uow, SupervisionRecords.SUPERVISION_ITEM,
                    "SELECT id FROM supervision_item WHERE demo = 1");
            removed += deleteWhere(uow, PowerRecords.POWER_ITEM,
                    "SELECT id FROM power_item WHERE demo = 1 ORDER BY parent_id IS NULL, id");
            removed += removeDemoUnits(uow);
            return removed;
        });
    }

    /**
     * Deletes the demo units nothing refers to any more (no power item, duty, post, case, supervision item, user,
     * unit below it...: {@link UnitReferences}); units still referred to by real records stay, and units the user
     * or an import made were never demo units.
     */
    private static int removeDemoUnits(UnitOfWork uow) {
        int removed = 0;
        boolean again = true;
        while (again) { // a demo unit below another frees its parent once deleted
            again = false;
            for (var row : uow.query("SELECT id FROM department WHERE demo = 1")) {
                String id = row.str("id");
                if (!UnitReferences.referenced(uow, id) && uow.delete(cn.quanze.org.data.OrgRecords.DEPARTMENT, id)) {
                    removed++;
                    again = true;
                }
            }
        }
        return removed;
    }

    private static int deleteWhere(UnitOfWork uow, cn.quanze.core.db.EntityType<?> type, String sql) {
        int n = 0;
        for (var row : uow.query(sql)) {
            if (uow.delete(type, row.str("id"))) {
                n++;
            }
        }
        return n;
    }

    static <T> T read(String name, TypeReference<T> type) {
        String path = "/seeds/demo/" + name;
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return cn.quanze.core.db.Json.MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
