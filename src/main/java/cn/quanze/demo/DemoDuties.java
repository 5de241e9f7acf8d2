package cn.quanze.demo;

import cn.quanze.core.domain.Ids;
import cn.quanze.duties.domain.AccountabilityCase;
import cn.quanze.duties.domain.AssistanceItem;
import cn.quanze.duties.domain.BlockDuties;
import cn.quanze.duties.domain.DepartmentDuties;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.DutyStage;
import cn.quanze.duties.domain.Post;
import cn.quanze.duties.data.DutyRecords;
import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.UnitOfWork;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo part of the responsibility catalog (seeds/demo/duties.json): duties for most demo power items, a few
 * departments' duties, 条块职责 of three sub-districts/towns, posts and assistance. A few power items and
 * departments are left without duties or posts on purpose, so the gap report has something to show.
 */
final class DemoDuties {
    record SeedStage(String stage, String content, String basis) {
    }

    record SeedCase(String text, String basis) {
    }

    record SeedPowerDuty(String power, List<SeedStage> stages, List<SeedCase> cases) {
    }

    record SeedBoundary(String matter, String lead, List<String> cooperating, String division, String basis) {
    }

    record SeedDepartment(String department, List<String> mainDuties, List<DepartmentDuties.WorkItem> workItems,
                          List<SeedBoundary> boundaries, List<DepartmentDuties.WorkItem> supervisionSystems,
                          List<DepartmentDuties.WorkItem> publicServices) {
    }

    record SeedBlockItem(String matter, String department, String basis) {
    }

    record SeedBlock(String unit, List<SeedBlockItem> basic, List<SeedBlockItem> cooperating,
                     List<SeedBlockItem> withdrawn) {
    }

    record SeedPost(String department, String name, String duties, List<String> powers, String standards) {
    }

    record SeedAssistance(String requesting, String assisting, String matter, String basis, Integer limitDays) {
    }

    record Seeds(List<SeedPowerDuty> powerDuties, List<SeedDepartment> departments, List<SeedBlock> blocks,
                 List<SeedPost> posts, List<SeedAssistance> assistance) {
    }

    private DemoDuties() {
    }

    static Seeds read() {
        String path = "/seeds/demo/duties.json";
        try (InputStream in = DemoDuties.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return Json.MAPPER.readValue(in, new TypeReference<Seeds>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** Loads the seeds inside the caller's unit of work; returns the number of records written. */
    static int load(UnitOfWork uow, Seeds seeds, Map<String, String> deptIds) {
        Map<String, String> powerIds = new HashMap<>();
        for (Row r : uow.query("SELECT id, code FROM power_item")) {
            powerIds.put(r.str("code"), r.str("id"));
        }
        int n = 0;
        for (SeedPowerDuty d : seeds.powerDuties()) {
            String powerId = powerIds.get(d.power());
            if (powerId == null || !uow.query("SELECT id FROM duty WHERE power_item_id = ?", powerId).isEmpty()) {
                continue;
            }
            List<Duty.StageDuty> stages = d.stages().stream().map(s -> new Duty.StageDuty(
                    DutyStage.fromOfficialName(s.stage()).orElseThrow(), s.content(), s.basis())).toList();
            List<AccountabilityCase> cases = new ArrayList<>();
            for (SeedCase c : d.cases()) {
                cases.add(new AccountabilityCase(cases.size() + 1, c.text(), c.basis()));
            }
            uow.put(DutyRecords.DUTY, new Duty(Ids.newId(), powerId, stages, cases, null, true));
            n++;
        }
        for (SeedDepartment d : seeds.departments()) {
            String deptId = deptIds.get(d.department());
            if (deptId == null || !uow.query("SELECT id FROM department_duties WHERE department_id = ?", deptId).isEmpty()) {
                continue;
            }
            List<DepartmentDuties.Boundary> boundaries = d.boundaries().stream().map(b -> new DepartmentDuties.Boundary(
                    b.matter(), deptIds.get(b.lead()), b.cooperating().stream().map(deptIds::get)
                    .filter(Objects::nonNull).toList(), b.division(), b.basis())).toList();
            uow.put(DutyRecords.DEPARTMENT_DUTIES, new DepartmentDuties(Ids.newId(), deptId, d.mainDuties(),
                    d.workItems(), boundaries, d.supervisionSystems(), d.publicServices(), true));
            n++;
        }
        for (SeedBlock b : seeds.blocks()) {
            String unitId = deptIds.get(b.unit());
            if (unitId == null || !uow.query("SELECT id FROM block_duties WHERE unit_id = ?", unitId).isEmpty()) {
                continue;
            }
            uow.put(DutyRecords.BLOCK_DUTIES, new BlockDuties(Ids.newId(), unitId, items(b.basic(), deptIds),
                    items(b.cooperating(), deptIds), items(b.withdrawn(), deptIds), true));
            n++;
        }
        for (SeedPost p : seeds.posts()) {
            uow.put(DutyRecords.POST, new Post(Ids.newId(), deptIds.get(p.department()), p.name(), p.duties(),
                    p.powers().stream().map(powerIds::get).filter(Objects::nonNull).toList(), p.standards(), true));
            n++;
        }
        for (SeedAssistance a : seeds.assistance()) {
            uow.put(DutyRecords.ASSISTANCE, new AssistanceItem(Ids.newId(), deptIds.get(a.requesting()),
                    deptIds.get(a.assisting()), a.matter(), a.basis(), a.limitDays(), true));
            n++;
        }
        return n;
    }

    private static List<BlockDuties.BlockItem> items(List<SeedBlockItem> seeds, Map<String, String> deptIds) {
        return seeds.stream().map(s -> new BlockDuties.BlockItem(s.matter(),
                s.department() == null ? null : deptIds.get(s.department()), s.basis())).toList();
    }

    /** Removes every demo catalog record; called before the demo power items and departments go. */
    static int remove(UnitOfWork uow) {
        int removed = 0;
        removed += delete(uow, DutyRecords.ASSISTANCE, "SELECT id FROM assistance_item WHERE demo = 1");
        removed += delete(uow, DutyRecords.POST, "SELECT id FROM post WHERE demo = 1");
        removed += delete(uow, DutyRecords.BLOCK_DUTIES, "SELECT id FROM block_duties WHERE demo = 1");
        removed += delete(uow, DutyRecords.DEPARTMENT_DUTIES, "SELECT id FROM department_duties WHERE demo = 1");
        removed += delete(uow, DutyRecords.DUTY, "SELECT id FROM duty WHERE demo = 1");
        return removed;
    }

    private static int delete(UnitOfWork uow, EntityType<?> type, String sql) {
        int n = 0;
        for (Row row : uow.query(sql)) {
            if (uow.delete(type, row.str("id"))) {
                n++;
            }
        }
        return n;
    }
}
