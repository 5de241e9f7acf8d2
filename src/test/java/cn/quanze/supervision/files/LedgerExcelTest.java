package cn.quanze.supervision.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.supervision.SupervisionMessages;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.SupervisionService;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger goes out to Excel and comes back for back-filling; bad cells are named, nothing is half-written. */
class LedgerExcelTest {
    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeEach
    void open() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        wb = TestWorkbench.withDemo(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Path exported() {
        var entries = wb.supervisionBoard().snapshot(LocalDate.of(2026, 11, 22)).entries();
        return wb.ledger().export(entries, dir.resolve("台账.xlsx"));
    }

    @Test
    void reimportingAnUnchangedLedgerChangesNothing() {
        Path file = exported();
        long before = wb.store().lastOriginSeq();
        SupervisionService.BackfillResult r = wb.ledger().importFile(file, false);
        assertThat(r.created()).isZero();
        assertThat(r.feedbackAdded()).isZero();
        assertThat(r.unchanged()).isEqualTo(61);
        assertThat(wb.store().lastOriginSeq()).isEqualTo(before);
    }

    @Test
    void backFillsFeedbackAndNewItemsUnderATitleLine() throws Exception {
        SupervisionItem working = wb.supervision().all().stream()
                .filter(i -> i.state() == SupervisionState.IN_PROGRESS).findFirst().orElseThrow();
        Path file = dir.resolve("补录.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = book.createSheet("台账");
            s.createRow(0).createCell(0).setCellValue("2026年督办事项台账（补录）");
            Row h = s.createRow(2);
            String[] head = {"督办编号", "事项名称", "牵头单位", "办理时限", "交办日期", "进度%", "最近反馈日期", "最近反馈内容"};
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Row a = s.createRow(3);
            String[] va = {working.displayNumber(), working.title(), "", "", "", "95", "2026-11-20", "已基本完成"};
            for (int i = 0; i < va.length; i++) {
                a.createCell(i).setCellValue(va[i]);
            }
            Row b = s.createRow(4);
            String[] vb = {"", "整治背街小巷环境", "区建设管理委", "2027/3/31", "2026年11月20日", "", "", ""};
            for (int i = 0; i < vb.length; i++) {
                b.createCell(i).setCellValue(vb[i]);
            }
            book.write(out);
        }
        long before = wb.store().lastOriginSeq();
        SupervisionService.BackfillResult dry = wb.ledger().importFile(file, true);
        assertThat(dry.created()).isEqualTo(1);
        assertThat(dry.feedbackAdded()).isEqualTo(1);
        assertThat(wb.store().lastOriginSeq()).isEqualTo(before);

        wb.ledger().importFile(file, false);
        assertThat(wb.supervision().feedbackOf(working.id())).anySatisfy(f -> {
            assertThat(f.content()).isEqualTo("已基本完成");
            assertThat(f.progress()).isEqualTo(95);
        });
        SupervisionItem created = wb.supervision().all().stream().filter(i -> i.title().equals("整治背街小巷环境"))
                .findFirst().orElseThrow();
        assertThat(created.state()).isEqualTo(SupervisionState.ASSIGNED);
        assertThat(created.deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(created.number()).isPositive();
        assertThat(wb.dbCheck().run()).isEmpty();
    }

    @Test
    void aBadCellNamesFileRowAndColumnAndNothingIsWritten() throws Exception {
        Path file = exported();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row r = book.getSheetAt(0).createRow(book.getSheetAt(0).getLastRowNum() + 1);
            r.createCell(1).setCellValue("新事项");
            r.createCell(5).setCellValue("不存在的局");
            r.createCell(9).setCellValue("2027-01-31");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        long before = wb.store().lastOriginSeq();
        int rowNumber = 63;
        assertThatThrownBy(() -> wb.ledger().importFile(file, false)).isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(SupervisionMessages.describe((TransitionRefused) e))
                        .contains("台账.xlsx").contains("第 " + rowNumber + " 行").contains("牵头单位")
                        .contains("不存在的局"));
        assertThat(wb.store().lastOriginSeq()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotExcelIsRefusedByName() throws Exception {
        Path file = dir.resolve("坏文件.xlsx");
        Files.writeString(file, "not a workbook");
        assertThatThrownBy(() -> wb.ledger().importFile(file, true)).isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(SupervisionMessages.describe((TransitionRefused) e)).contains("坏文件.xlsx"));
    }
}
