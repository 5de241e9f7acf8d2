package cn.quanze.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.core.i18n.I18n;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header detection on workbooks laid out the way published lists are: titles, merged groups, synonyms. */
public class HeaderDetectorTest {
    static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.optional("code", "编码", "职权编码", "项目编码"),
            FieldSpec.required("name", "名称", "事项名称", "权责事项名称", "职权名称"),
            FieldSpec.optional("subName", "子项", "子项", "子项名称"),
            FieldSpec.required("type", "类型", "权力类型", "权力类别", "职权类型", "事项类型"),
            FieldSpec.optional("basis", "依据", "实施依据", "设定依据"),
            FieldSpec.optional("legalLimit", "法定时限", "法定时限", "法定办结时限"),
            FieldSpec.optional("conditions", "申请条件", "申请条件"),
            FieldSpec.optional("materials", "申请材料", "申请材料"));

    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    public static void row(XSSFSheet s, int r, Object... values) {
        XSSFRow row = s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    Path messy() throws Exception {
        Path f = dir.resolve("messy.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本表为徐汇区权力清单，请勿修改格式");
            XSSFSheet s = wb.createSheet("权力清单");
            row(s, 0, "徐汇区行政权力清单（2026 年版）");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            row(s, 1, "序号", "项目\n编码", "权责事项名称", "子项名称", "权力类别", "设定依据", "办事指南", null);
            row(s, 2, null, null, null, null, null, null, "申请条件", "申请材料*");
            for (int c : new int[] {0, 1, 2, 3, 4, 5}) {
                s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
            }
            s.addMergedRegion(new CellRangeAddress(1, 1, 6, 7));
            row(s, 3, 1, 330217001000L, "食品经营许可", "新办", "许可", "《食品安全法》第三十五条\n《行政许可法》第四十二条", "有固定场所", "申请书");
            row(s, 4, 2, null, null, "变更", null, null, "已持证", "变更申请");
            s.addMergedRegion(new CellRangeAddress(3, 4, 2, 2));
            row(s, 5);
            row(s, 6, 3, "'0012", "  娱乐场所许可 ", null, "行政许可", null, null, null);
            wb.write(out);
        }
        return f;
    }

    @Test
    void findsTheHeaderUnderTitleAndMergedGroupsAndMapsSynonyms() throws Exception {
        List<SheetData> sheets = StreamingWorkbookReader.read(messy(), ReadProgress.NONE);
        assertThat(sheets).extracting(SheetData::name).containsExactly("说明", "权力清单");
        List<HeaderMatch> found = new HeaderDetector(FIELDS).detectAll(sheets);
        assertThat(found).hasSize(1);
        HeaderMatch m = found.get(0);
        assertThat(m.headerRow()).isEqualTo(2);
        assertThat(m.columns()).containsEntry("code", 1).containsEntry("name", 2).containsEntry("subName", 3)
                .containsEntry("type", 4).containsEntry("basis", 5).containsEntry("conditions", 6)
                .containsEntry("materials", 7);
        assertThat(m.value(3, "code")).isEqualTo("330217001000");
        assertThat(m.value(3, "basis")).contains("\n");
        assertThat(m.value(4, "name")).as("merged main item spans its sub-items").isEqualTo("食品经营许可");
        assertThat(m.sheet().isMergedContinuation(4, 2)).isTrue();
        assertThat(m.sheet().isBlankRow(5)).isTrue();
        assertThat(m.value(6, "name")).isEqualTo("娱乐场所许可");
        assertThat(m.value(6, "code")).isEqualTo("'0012");
    }

    @Test
    void rememberedMappingWinsAndMappingCanBeChanged() throws Exception {
        SheetData sheet = StreamingWorkbookReader.read(messy(), ReadProgress.NONE).get(1);
        HeaderMatch m = new HeaderDetector(FIELDS, 2, Map.of("申请材料", "conditions")).detect(sheet).orElseThrow();
        assertThat(m.columns()).containsEntry("conditions", 7);
        HeaderMatch changed = m.withColumn("materials", 7).withColumn("conditions", 6);
        assertThat(changed.columns()).containsEntry("materials", 7).containsEntry("conditions", 6);
        assertThat(changed.asRemembered()).containsEntry("申请材料", "materials").containsEntry("申请条件", "conditions");
        assertThat(changed.withColumn("conditions", -1).columns()).doesNotContainKey("conditions");
    }

    @Test
    void groupHeaderNamesAnUnnamedSubColumn() {
        SheetData sheet = new SheetData("s", List.of(
                List.of("事项名称", "实施依据", "实施依据", "权力类型"),
                List.of("事项名称", "法律名称", "条款", "权力类型")), List.of(new SheetData.Merge(0, 0, 1, 2)));
        HeaderMatch m = new HeaderDetector(FIELDS).detect(sheet).orElseThrow();
        assertThat(m.headerRow()).isEqualTo(1);
        assertThat(m.columns()).containsEntry("basis", 1);
    }

    @Test
    void rowIssueSaysSheetRowAndColumnInChinese() {
        assertThat(RowIssue.of("权力清单", 4, 2, "事项名称", "缺少事项名称").describe())
                .isEqualTo("工作表“权力清单”第 5 行 C 列（事项名称）：缺少事项名称");
        assertThat(SheetData.columnLetter(27)).isEqualTo("AB");
    }

    @Test
    void passwordProtectedOldAndBrokenFilesGetClearMessages() throws Exception {
        Path plain = messy();
        Path locked = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(plain.toFile()); OutputStream os = enc.getDataStream(fs)) {
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> StreamingWorkbookReader.read(locked, ReadProgress.NONE))
                .isInstanceOf(ExcelFileException.class).hasMessageContaining("加密.xlsx").hasMessageContaining("密码");
        Path broken = Files.writeString(dir.resolve("坏.xlsx"), "这不是工作簿");
        assertThatThrownBy(() -> StreamingWorkbookReader.read(broken, ReadProgress.NONE))
                .hasMessageContaining("坏.xlsx").hasMessageContaining("不是有效的 Excel");
        Path truncated = dir.resolve("截断.xlsx");
        byte[] bytes = Files.readAllBytes(plain);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> StreamingWorkbookReader.read(truncated, ReadProgress.NONE))
                .isInstanceOf(ExcelFileException.class).hasMessageContaining("截断.xlsx");
        assertThatThrownBy(() -> StreamingWorkbookReader.read(dir.resolve("无.xlsx"), ReadProgress.NONE))
                .hasMessageContaining("找不到文件");
    }
}
