package cn.quanze.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.db.Json;
import cn.quanze.core.db.Row;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.OrgRecords;
import cn.quanze.org.data.UnitRegister;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.sync.data.ImportReport;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units travelling between offices: revisions written before the tree columns (V61) still import, new ones carry
 * parent and aliases, a sub-district's own units stay its own, and its own office unit is the same record as the
 * district's unit for that office.
 */
class UnitSyncTest {
    @TempDir
    Path tmp;
    SyncNode district;
    SyncNode street;

    @BeforeEach
    void setUp() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        district = new SyncNode(tmp, "qu", "QU", OfficeLevel.DISTRICT);
        street = new SyncNode(tmp, "jd", "JD01", OfficeLevel.SUBDISTRICT);
        district.trust(street);
        street.trust(district);
    }

    @AfterEach
    void tearDown() {
        district.close();
        street.close();
    }

    /** Rewrites the node's revisions of units as a build before V61 wrote them: without the tree columns. */
    private static void asBeforeTheTree(SyncNode node) throws Exception {
        node.close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + node.dir.resolve("quanze.db"));
             var read = c.prepareStatement("SELECT rev_id, data FROM revision WHERE entity = 'department' "
                     + "AND deleted = 0");
             var write = c.prepareStatement("UPDATE revision SET data = ? WHERE rev_id = ?");
             var rs = read.executeQuery()) {
            while (rs.next()) {
                Row full = Json.rowOf(rs.getString(2));
                Row old = new Row();
                full.values().forEach((k, v) -> {
                    if (!OrgRecords.DEPARTMENT.addedLaterColumns().contains(k)) {
                        old.put(k, v);
                    }
                });
                write.setString(1, Json.canonical(old));
                write.setString(2, rs.getString(1));
                write.executeUpdate();
            }
        }
        node.open();
    }

    @Test
    void revisionsWrittenBeforeTheTreeColumnsStillImportAndCheckClean() throws Exception {
        district.put(SyncNode.DEPT, SyncNode.department("d1", "FGW", "区发展改革委"));
        asBeforeTheTree(district);
        String data = district.wb.store().read(c -> cn.quanze.core.db.Sql.one(c,
                "SELECT data FROM revision WHERE record_id = 'd1'")).orElseThrow().str("data");
        assertThat(data).doesNotContain("parent_id").doesNotContain("aliases");
        assertThat(district.check()).as("a head without the later columns reads them as null").isEmpty();

        ImportReport r = street.importFile(district.exportTo(street));
        assertThat(r.count(ImportReport.Kind.ADDED)).isEqualTo(1);
        Department d = street.get(SyncNode.DEPT, "d1");
        assertThat(d.name()).isEqualTo("区发展改革委");
        assertThat(d.parentId()).isNull();
        assertThat(d.aliases()).isEmpty();
        assertThat(street.check()).isEmpty();
        assertThat(street.dump()).isEqualTo(district.dump());

        // the old record edited by a new build: its next revision carries every column, and travels too
        district.put(SyncNode.DEPT, d.withAliases(List.of("发改委")));
        street.importFile(district.exportTo(street));
        assertThat(street.get(SyncNode.DEPT, "d1").aliases()).containsExactly("发改委");
        assertThat(street.check()).isEmpty();
    }

    @Test
    void aSubDistrictsOwnUnitsTravelAsItsOwnWithTheirParent() {
        street.wb.initOffice("JD01", "天平路街道办事处", OfficeLevel.SUBDISTRICT);
        UnitRegister units = street.wb.units();
        units.add(UnitRegister.Draft.of("JD01-CYZX", "城市运行管理中心").withKind(UnitKind.CENTER).withParent("JD01")
                .withShortName("城运中心").withAliases(List.of("网格化管理中心")));
        ImportReport up = district.importFile(street.exportTo(district));
        assertThat(up.count(ImportReport.Kind.ADDED)).as("not proposals: the office owns its units").isEqualTo(2);
        Department cyzx = district.wb.units().byCode("JD01-CYZX").orElseThrow();
        assertThat(cyzx.parentId()).isEqualTo(Department.officeUnitId("JD01"));
        assertThat(cyzx.aliases()).containsExactly("网格化管理中心");

        // the district changing the office's unit is a proposal for the office, not an overwrite
        district.put(SyncNode.DEPT, cyzx.withAliases(List.of("城运分中心")));
        ImportReport down = street.importFile(district.exportTo(street));
        assertThat(down.count(ImportReport.Kind.PROPOSED)).isEqualTo(1);
        assertThat(units.byCode("JD01-CYZX").orElseThrow().aliases()).containsExactly("网格化管理中心");
        assertThat(street.check()).isEmpty();
        assertThat(district.check()).isEmpty();
    }

    @Test
    void theOfficesOwnUnitAndTheDistrictsUnitForItAreOneRecord() {
        district.wb.initOffice("QU", "徐汇区人民政府办公室", OfficeLevel.DISTRICT);
        Department jd = district.wb.units().add(UnitRegister.Draft.of("JD01", "天平路街道")
                .withKind(UnitKind.SUBDISTRICT));
        street.wb.initOffice("JD01", "天平路街道办事处", OfficeLevel.SUBDISTRICT);
        Department own = street.wb.units().byCode("JD01").orElseThrow();
        assertThat(own.id()).isEqualTo(jd.id());

        // no second unit with code JD01 arrives (which the unique code would refuse): the same record, merged
        street.importFile(district.exportTo(street));
        district.importFile(street.exportTo(district));
        assertThat(street.wb.units().all()).filteredOn(d -> d.code().equals("JD01")).hasSize(1);
        assertThat(district.wb.units().all()).filteredOn(d -> d.code().equals("JD01")).hasSize(1);
        assertThat(street.check()).isEmpty();
        assertThat(district.check()).isEmpty();
    }
}
