package cn.quanze.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Ids;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitOfWorkTest {
    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open() {
        wb = TestWorkbench.open(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private long count(String table) {
        return wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM " + table));
    }

    private static Department dept(String id, String code, String name) {
        return new Department(id, code, name, null, UnitKind.DEPARTMENT, false);
    }

    @Test
    void writeAppendsRowRevisionAndAuditTogether() {
        String id = Ids.newId();
        wb.store().run("test", uow -> assertThat(uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(id, "FGW", "区发展改革委")))
                .isEqualTo(UnitOfWork.Outcome.INSERTED));

        assertThat(count("department")).isEqualTo(1);
        Row rev = wb.store().read(c -> Sql.one(c, "SELECT * FROM revision WHERE record_id = ?", id)).orElseThrow();
        assertThat(rev.str("entity")).isEqualTo("department");
        assertThat(rev.str("origin_node")).isEqualTo(wb.store().nodeId());
        assertThat(rev.lng("origin_seq")).isEqualTo(1L);
        assertThat(rev.str("user_name")).isEqualTo("tester");
        assertThat(rev.str("parents")).isEqualTo("[]");
        assertThat(Json.rowOf(rev.str("data")).str("name")).isEqualTo("区发展改革委");
        Row audit = wb.store().read(c -> Sql.one(c, "SELECT * FROM audit_log WHERE record_id = ?", id)).orElseThrow();
        assertThat(audit.str("rev_id")).isEqualTo(rev.str("rev_id"));
        assertThat(audit.str("summary")).contains("insert");
    }

    @Test
    void updateChainsParentRevisionAndUnchangedWritesNothing() {
        String id = Ids.newId();
        wb.store().run("test", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(id, "FGW", "区发改委")));
        wb.store().run("test", uow -> assertThat(uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(id, "FGW", "区发展改革委")))
                .isEqualTo(UnitOfWork.Outcome.UPDATED));
        wb.store().run("test", uow -> assertThat(uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(id, "FGW", "区发展改革委")))
                .isEqualTo(UnitOfWork.Outcome.UNCHANGED));

        List<Row> revs = wb.store().read(c -> Sql.rows(c, "SELECT * FROM revision WHERE record_id = ? ORDER BY seq", id));
        assertThat(revs).hasSize(2);
        assertThat(revs.get(1).str("parents")).contains(revs.get(0).str("rev_id"));
        Row audit = wb.store().read(c -> Sql.rows(c, "SELECT * FROM audit_log ORDER BY seq DESC")).get(0);
        assertThat(audit.str("summary")).contains("区发改委").contains("区发展改革委");
    }

    @Test
    void deleteLeavesTombstone() {
        String id = Ids.newId();
        wb.store().run("test", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(id, "FGW", "区发改委")));
        wb.store().run("test", uow -> assertThat(uow.delete(cn.quanze.org.data.OrgRecords.DEPARTMENT, id)).isTrue());

        assertThat(count("department")).isZero();
        Row head = wb.store().read(c -> Sql.one(c, "SELECT * FROM record_head WHERE record_id = ?", id)).orElseThrow();
        assertThat(head.bool("deleted")).isTrue();
        assertThat(new DbCheck(wb.store()).run()).isEmpty();
    }

    @Test
    void exceptionMidWayLeavesNothing() {
        long seqBefore = wb.store().lastOriginSeq();
        assertThatThrownBy(() -> wb.store().run("test", uow -> {
            uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(Ids.newId(), "A1", "甲"));
            uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(Ids.newId(), "A2", "乙"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(count("department")).isZero();
        assertThat(count("revision")).isZero();
        assertThat(count("audit_log")).isZero();
        assertThat(count("record_head")).isZero();
        assertThat(wb.store().lastOriginSeq()).isEqualTo(seqBefore);
        wb.store().run("test", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(Ids.newId(), "A3", "丙")));
        assertThat(wb.store().lastOriginSeq()).isEqualTo(seqBefore + 1);
    }

    @Test
    void constraintViolationRollsBackEarlierWritesOfTheSameUnit() {
        assertThatThrownBy(() -> wb.store().run("test", uow -> {
            uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(Ids.newId(), "DUP", "甲"));
            uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(Ids.newId(), "DUP", "乙"));
        })).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.CONSTRAINT));
        assertThat(count("department")).isZero();
        assertThat(count("revision")).isZero();
    }

    @Test
    void listenersHearCommittedEntitiesOnly() {
        List<java.util.Set<String>> heard = new java.util.ArrayList<>();
        wb.store().addChangeListener(heard::add);
        wb.store().run("test", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(Ids.newId(), "L1", "甲")));
        try {
            wb.store().run("test", uow -> {
                uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, dept(Ids.newId(), "L2", "乙"));
                throw new IllegalStateException("no");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(heard).containsExactly(java.util.Set.of("department"));
    }
}
