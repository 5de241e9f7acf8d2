package cn.quanze.org.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.core.db.Sql;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.files.ExcelFileException;
import cn.quanze.core.files.HeaderDetectorTest;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.UnitRegister;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.wiring.Workbench;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit list from a workbook: the sub-district fixture, every bad row named, nothing written, round trip. */
class UnitImportTest {
    @TempDir
    Path dir;
    Workbench wb;
    UnitImport importer;

    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void open() {
        wb = TestWorkbench.open(dir.resolve("d"));
        wb.initOffice("JD01", "天平路街道办事处", OfficeLevel.SUBDISTRICT);
        importer = wb.unitImport();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Path fixture() throws Exception {
        Path target = dir.resolve("tianpinglu-units.xlsx");
        try (var in = UnitImportTest.class.getResourceAsStream("/org/tianpinglu-units.xlsx")) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private long revisions() {
        return wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM revision"));
    }

    private Path workbook(String name, Object[]... rows) throws Exception {
        Path f = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            XSSFSheet s = book.createSheet("名单");
            HeaderDetectorTest.row(s, 0, "编码", "名称", "简称", "别名", "类别", "上级单位", "排序", "撤销日期");
            for (int i = 0; i < rows.length; i++) {
                HeaderDetectorTest.row(s, i + 1, rows[i]);
            }
            book.write(out);
        }
        return f;
    }

    @Test
    void theSubDistrictListBuildsItsTree() throws Exception {
        UnitImport.Report r = importer.importFile(fixture(), false);
        assertThat(r.valid()).isTrue();
        assertThat(r.written()).isTrue();
        assertThat(r.count(UnitImport.ChangeKind.ADDED)).isEqualTo(14);
        assertThat(r.changes()).filteredOn(c -> c.kind() == UnitImport.ChangeKind.CHANGED).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly("简称", "别名", "排序", "电话"));
        Map<String, Department> byCode = wb.units().all().stream()
                .collect(Collectors.toMap(Department::code, d -> d));
        Department office = byCode.get("JD01");
        assertThat(office.id()).isEqualTo(Department.officeUnitId("JD01"));
        assertThat(office.shortName()).isEqualTo("天平路街道");
        assertThat(byCode.values()).filteredOn(d -> d != office)
                .allSatisfy(d -> assertThat(d.parentId()).isEqualTo(office.id()))
                .allSatisfy(d -> assertThat(d.demo()).isFalse());
        assertThat(byCode.get("JD01-DZB").kind()).isEqualTo(UnitKind.SECTION);
        assertThat(byCode.get("JD01-ZFD").kind()).isEqualTo(UnitKind.TEAM);
        assertThat(byCode.get("JD01-JM03").kind()).isEqualTo(UnitKind.COMMUNITY);
        assertThat(byCode.get("JD01-ZFD").aliases()).containsExactly("城管执法中队", "天平路城管中队");
        assertThat(wb.units().all()).extracting(Department::code).startsWith("JD01", "JD01-DZB", "JD01-DQB");
        assertThat(wb.units().matcher().find("城运中心")).map(Department::code).contains("JD01-CYZX");
        assertThat(wb.dbCheck().run()).isEmpty();

        UnitImport.Report again = importer.importFile(fixture(), false);
        assertThat(again.count(UnitImport.ChangeKind.UNCHANGED)).isEqualTo(15);
        assertThat(again.written()).isFalse();
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndWritesNothing() throws Exception {
        long before = revisions();
        UnitImport.Report r = importer.importFile(fixture(), true);
        assertThat(r.count(UnitImport.ChangeKind.ADDED)).isEqualTo(14);
        assertThat(r.written()).isFalse();
        assertThat(revisions()).isEqualTo(before);
        assertThat(wb.units().all()).hasSize(1);
    }

    @Test
    void everyBadRowIsNamedWithFileSheetRowAndFieldAndNothingIsWritten() throws Exception {
        Path f = workbook("名单有误.xlsx",
                new Object[] {"A1", "", null, null, "部门"},
                new Object[] {"坏 码", "某科"},
                new Object[] {"A3", "甲科", null, null, "司局"},
                new Object[] {"A4", "乙科", null, null, "内设科室", "不存在的单位"},
                new Object[] {"A5", "丙科", null, null, null, null, "第一"},
                new Object[] {"A6", "丁科", null, null, null, null, null, "明年"},
                new Object[] {"A6", "戊科"},
                new Object[] {"A8", "己科", null, null, null, "A9"},
                new Object[] {"A9", "庚科", null, null, null, "A8"},
                new Object[] {"JD01", "天平路街道办事处", null, null, "机关", null, null, "2026-12-31"},
                new Object[] {"A11", "辛科", null, null, null, "A11"});
        long before = revisions();
        UnitImport.Report r = importer.importFile(f, false);
        assertThat(r.written()).isFalse();
        assertThat(revisions()).isEqualTo(before);
        assertThat(r.changes()).isEmpty();
        List<String> m = r.messages();
        assertThat(m).allSatisfy(s -> assertThat(s).startsWith("文件“名单有误.xlsx”工作表“名单”第 "));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 2 行 B 列（名称）：缺少单位名称"));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 3 行 A 列（编码）：编码“坏 码”无效"));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 4 行 E 列（类别）：类别“司局”无法识别"));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 5 行 F 列（上级单位）：上级单位“不存在的单位”不在单位名单中"));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 6 行 G 列（排序）：排序“第一”不是整数"));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 7 行 H 列（撤销日期）：撤销日期“明年”不是有效日期"));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 8 行 A 列（编码）：编码“A6”与第 7 行重复"));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 12 行 F 列（上级单位）：上级单位“A11”就是本行的单位"));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 9 行 F 列（上级单位）：不能把“己科”放到“庚科”之下"));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 10 行 F 列（上级单位）：不能把“庚科”放到“己科”之下"));
        assertThat(m).anySatisfy(s -> assertThat(s).contains("第 11 行 H 列（撤销日期）：“天平路街道办事处”是本单位，不能撤销"));
        assertThat(r.summary()).contains("有问题的行 11 行");
        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    void rowsFindStoredUnitsByNameAndParentsByNameOrCode() throws Exception {
        wb.units().add(UnitRegister.Draft.of("JD01-CYZX", "城市运行管理中心").withKind(UnitKind.CENTER)
                .withParent("JD01").withAliases(List.of("城运中心")));
        Path f = workbook("补充.xlsx",
                new Object[] {"", "城运中心", "城运", null, null, "天平路街道"},
                new Object[] {"", "网格巡查队", null, null, "队", "城运中心", 1},
                new Object[] {"JD01-XX", "城市运行管理中心", null, null, "中心", "JD01"});
        UnitImport.Report r = importer.importFile(f, true);
        assertThat(r.messages()).singleElement().asString().contains("第 4 行 A 列（编码）")
                .contains("名称与已有单位城市运行管理中心（JD01-CYZX）相同，但编码“JD01-XX”不同");

        Path ok = workbook("补充2.xlsx",
                new Object[] {"", "城运中心", "城运", null, null, "天平路街道"},
                new Object[] {"", "网格巡查队", null, null, "队", "城运中心", 1});
        UnitImport.Report r2 = importer.importFile(ok, false);
        assertThat(r2.valid()).isTrue();
        assertThat(r2.changes()).extracting(UnitImport.Change::kind)
                .containsExactly(UnitImport.ChangeKind.CHANGED, UnitImport.ChangeKind.ADDED);
        Department cyzx = wb.units().byCode("JD01-CYZX").orElseThrow();
        assertThat(cyzx.shortName()).isEqualTo("城运");
        assertThat(cyzx.aliases()).as("no 别名 column value: the stored aliases are kept or replaced as written")
                .isEmpty();
        Department team = wb.units().all().stream().filter(d -> d.name().equals("网格巡查队")).findFirst().orElseThrow();
        assertThat(team.code()).isEqualTo("JD01-01");
        assertThat(team.parentId()).isEqualTo(cyzx.id());
    }

    @Test
    void aParentNamedByTwoRowsMustBeWrittenAsACode() throws Exception {
        Path f = workbook("重名.xlsx",
                new Object[] {"K1", "综合办公室", null, null, "内设科室", "JD01"},
                new Object[] {"K2", "综合办公室", null, null, "内设科室", "JD01"},
                new Object[] {"K3", "档案室", null, null, "内设科室", "综合办公室"});
        assertThat(importer.importFile(f, true).messages()).singleElement().asString()
                .contains("第 4 行 F 列（上级单位）：上级单位“综合办公室”在表中对应多行（第 2、3 行），请写编码");
    }

    @Test
    void aWorkbookWithoutAHeaderIsRefusedAsSuch() throws Exception {
        Path f = dir.resolve("空.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            HeaderDetectorTest.row(book.createSheet("Sheet1"), 0, "甲", "乙");
            book.write(out);
        }
        assertThatThrownBy(() -> importer.importFile(f, false)).isInstanceOf(ExcelFileException.class)
                .hasMessageContaining("空.xlsx");
    }

    @Test
    void exportThenImportChangesNothing() throws Exception {
        importer.importFile(fixture(), false);
        wb.units().retire("JD01-JM04", java.time.LocalDate.of(2026, 6, 30));
        Path out = dir.resolve("导出.xlsx");
        assertThat(UnitExport.write(out, wb.units().all())).isEqualTo(15);
        UnitImport.Report r = importer.importFile(out, false);
        assertThat(r.valid()).isTrue();
        assertThat(r.count(UnitImport.ChangeKind.UNCHANGED)).isEqualTo(15);
    }
}
