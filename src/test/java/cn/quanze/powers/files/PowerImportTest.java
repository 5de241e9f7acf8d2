package cn.quanze.powers.files;

import cn.quanze.core.files.HeaderDetectorTest;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.core.files.RowIssue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.core.i18n.I18n;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import of messy published layouts, all-or-nothing, skip-invalid, re-import and export → import round-trip. */
class PowerImportTest {
    @TempDir
    Path dir;
    Workbench wb;
    PowerImport importer;

    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void open() {
        wb = TestWorkbench.withDemo(dir.resolve("data"));
        importer = new PowerImport(wb.store(), wb.powers(), wb.departments(), wb.settings());
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /** A published-list layout: title, two-level merged header, synonyms, merged main item, spacer, second sheet. */
    Path published(boolean withBadRows) throws Exception {
        Path f = dir.resolve("清单.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            XSSFSheet s = book.createSheet("许可类");
            HeaderDetectorTest.row(s, 0, "徐汇区权责清单（行政许可）");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
            HeaderDetectorTest.row(s, 1, "序号", "项目编码", "权责事项名称", "子项", "权力类别", "设定依据", "行使主体",
                    "责任科室", "法定办结时限", "承诺办结时限");
            HeaderDetectorTest.row(s, 2, 1, "XK-IMP-001", "户外广告设置许可", "新设", "许可",
                    "《城市市容和环境卫生管理条例》第十一条：大型户外广告的设置必须征得城市人民政府市容环境卫生行政主管部门同意后，按照有关规定办理审批手续。\n《上海市户外广告设施管理办法》第十条",
                    "区城管执法局", "市容科", "20", "10个工作日");
            HeaderDetectorTest.row(s, 3, 2, "XK-IMP-001-02", null, "延续", "许可", null, "区城管执法局", "市容科", 20, "５");
            s.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
            HeaderDetectorTest.row(s, 4);
            HeaderDetectorTest.row(s, 5, 3, "QR-IMP-001", "  临时救助\n对象认定 ", null, "行政确认", null, "民政局", null, "即办", null);
            if (withBadRows) {
                HeaderDetectorTest.row(s, 6, 4, "XK-IMP-009", null, null, "许可", null, "区城管执法局", null, 5, 3);
                HeaderDetectorTest.row(s, 7, 5, "XK-IMP-010", "某许可", null, "行政审核", null, "区城管执法局", null, 5, 3);
                HeaderDetectorTest.row(s, 8, 6, "XK-IMP-011", "另一许可", null, "许可", null, "区城管执法局", null, "十天", 3);
                HeaderDetectorTest.row(s, 9, 7, "QR-IMP-001", "重复编码", null, "确认", null, "民政局", null, 5, 10);
            }
            XSSFSheet second = book.createSheet("处罚类");
            HeaderDetectorTest.row(second, 0, "职权编码", "职权名称", "职权类型", "实施依据", "实施主体", "法定时限");
            HeaderDetectorTest.row(second, 1, "CF-IMP-001", "对擅自设置户外广告的处罚", "行政处罚", "《上海市户外广告设施管理办法》第二十八条",
                    "CGJ", 90);
            book.write(out);
        }
        return f;
    }

    @Test
    void importsAPublishedLayoutWithSubItemsUnderAMergedMainItem() throws Exception {
        long before = wb.powers().count();
        PowerImport.Report r = importer.importFile(published(false), new PowerImport.Options(false, false), ReadProgress.NONE);
        assertThat(r.issues()).isEmpty();
        assertThat(r.written()).isTrue();
        assertThat(r.imported()).isEqualTo(5);
        assertThat(wb.powers().count()).isEqualTo(before + 5);
        PowerItem sub = wb.powers().byCode("XK-IMP-001-02").orElseThrow();
        PowerItem main = wb.powers().byId(sub.parentId()).orElseThrow();
        assertThat(main.name()).isEqualTo("户外广告设置许可");
        assertThat(main.parentId()).isNull();
        assertThat(sub.parentId()).isEqualTo(main.id());
        assertThat(sub.name()).isEqualTo("延续");
        assertThat(sub.promisedLimitDays()).isEqualTo(5);
        PowerItem first = wb.powers().all().stream().filter(p -> main.id().equals(p.parentId()) && p.name().equals("新设"))
                .findFirst().orElseThrow();
        assertThat(first.bases()).hasSize(2);
        assertThat(first.bases().get(0).law()).isEqualTo("《城市市容和环境卫生管理条例》");
        assertThat(first.bases().get(0).article()).isEqualTo("第十一条");
        assertThat(first.promisedLimitDays()).isEqualTo(10);
        PowerItem confirm = wb.powers().byCode("QR-IMP-001").orElseThrow();
        assertThat(confirm.name()).isEqualTo("临时救助对象认定");
        assertThat(confirm.type()).isEqualTo(PowerType.CONFIRMATION);
        assertThat(confirm.legalLimitDays()).isNull();
        assertThat(wb.powers().byCode("CF-IMP-001").orElseThrow().legalLimitDays()).isEqualTo(90);
        assertThat(wb.powers().searchIds("户外广告")).hasSizeGreaterThanOrEqualTo(4);

        PowerImport.Report again = importer.importFile(published(false), new PowerImport.Options(false, false),
                ReadProgress.NONE);
        assertThat(again.summary()).isEqualTo("新增 0 项，更新 0 项，未变 5 项，无效 0 行");
        assertThat(wb.powers().count()).isEqualTo(before + 5);
    }

    @Test
    void badRowsAreListedAndNothingIsWrittenUnlessSkipping() throws Exception {
        long before = wb.powers().count();
        Path f = published(true);
        PowerImport.Report dry = importer.importFile(f, new PowerImport.Options(true, false), ReadProgress.NONE);
        assertThat(dry.written()).isFalse();
        assertThat(dry.invalid()).isEqualTo(4);
        assertThat(dry.issues()).extracting(RowIssue::describe).containsExactly(
                "工作表“许可类”第 7 行 C 列（权责事项名称）：缺少事项名称",
                "工作表“许可类”第 8 行 E 列（权力类别）：未知的职权类型“行政审核”（应为行政许可、行政处罚等十类之一）",
                "工作表“许可类”第 9 行 I 列（法定办结时限）：时限“十天”不是工作日数（应为数字、“即办”或留空）",
                "工作表“许可类”第 10 行 J 列（承诺办结时限）：承诺时限 10 个工作日超过法定时限 5 个工作日");
        PowerImport.Report all = importer.importFile(f, new PowerImport.Options(false, false), ReadProgress.NONE);
        assertThat(all.written()).isFalse();
        assertThat(wb.powers().count()).isEqualTo(before);
        PowerImport.Report skip = importer.importFile(f, new PowerImport.Options(false, true), ReadProgress.NONE);
        assertThat(skip.written()).isTrue();
        assertThat(skip.imported()).isEqualTo(5);
        assertThat(wb.powers().count()).isEqualTo(before + 5);
    }

    @Test
    void duplicateCodeInTheWorkbookIsAnIssue() throws Exception {
        Path f = dir.resolve("dup.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            XSSFSheet s = book.createSheet("Sheet1");
            HeaderDetectorTest.row(s, 0, "职权编码", "事项名称", "职权类型", "实施主体");
            HeaderDetectorTest.row(s, 1, "QT-D-001", "甲", "其他", "民政局");
            HeaderDetectorTest.row(s, 2, "QT-D-001", "乙", "其他", "民政局");
            HeaderDetectorTest.row(s, 3, "坏 编码", "丙", "其他", "民政局");
            book.write(out);
        }
        PowerImport.Report r = importer.importFile(f, new PowerImport.Options(true, false), ReadProgress.NONE);
        assertThat(r.issues()).extracting(RowIssue::describe).containsExactly(
                "工作表“Sheet1”第 3 行 A 列（职权编码）：职权编码“QT-D-001”与第 2 行重复",
                "工作表“Sheet1”第 4 行 A 列（职权编码）：职权编码“坏 编码”格式不对（2-40 位字母、数字、“-”“_”“.”）");
    }

    @Test
    void fullExportImportsBackWithoutLoss() throws Exception {
        Path out = dir.resolve("全量.xlsx");
        List<PowerItem> items = wb.powers().all();
        PowerExport.full(out, items, wb.departments().all());
        PowerImport.Report same = importer.importFile(out, new PowerImport.Options(true, false), ReadProgress.NONE);
        assertThat(same.issues()).isEmpty();
        assertThat(same.unchanged()).isEqualTo(items.size());

        try (Workbench fresh = TestWorkbench.open(dir.resolve("fresh"))) {
            // the same units (same ids) and no power items: everything must come from the workbook
            fresh.store().run("units", uow -> wb.departments().all()
                    .forEach(d -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, d)));
            assertThat(fresh.powers().count()).isZero();
            PowerImport.Report r = new PowerImport(fresh.store(), fresh.powers(), fresh.departments(), fresh.settings())
                    .importFile(out, new PowerImport.Options(false, false), ReadProgress.NONE);
            assertThat(r.imported()).isEqualTo(items.size());
            for (PowerItem p : items) {
                PowerItem q = fresh.powers().byCode(p.code()).orElseThrow();
                assertThat(withoutIds(q)).as(p.code()).isEqualTo(withoutIds(p));
                assertThat(q.parentId() == null).isEqualTo(p.parentId() == null);
            }
        }
    }

    private static PowerItem withoutIds(PowerItem p) {
        return new PowerItem("", p.code(), p.name(), p.type(), null, null, p.undertakingOffice(), p.level(),
                p.legalLimitDays(), p.promisedLimitDays(), p.fee(), p.bases(), p.discretion(), p.steps(), p.guide(),
                p.status(), p.remarks(), false);
    }

    @Test
    void statusColumnKeepsCancelledItems() throws Exception {
        Path out = dir.resolve("e.xlsx");
        PowerExport.full(out, wb.powers().all(), wb.departments().all());
        assertThat(wb.powers().all()).anyMatch(p -> p.status() == PowerStatus.CANCELLED);
        PowerImport.Analysis a = importer.analyse(out, ReadProgress.NONE);
        assertThat(a.sheets().get(0).columns()).containsKeys(PowerColumns.LAYOUT.toArray(String[]::new));
    }
}
