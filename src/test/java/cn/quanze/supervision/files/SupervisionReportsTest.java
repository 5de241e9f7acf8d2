package cn.quanze.supervision.files;

import cn.quanze.core.files.ReportFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.supervision.domain.EventKind;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.core.i18n.I18n;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 督查专报 and 督办通知单 from the demo data, read back from the files. */
class SupervisionReportsTest {
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

    @Test
    void summaryCountsMatchTheRegister() {
        SupervisionSummary s = wb.supervisionReports().summary(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22));
        assertThat(s.byState().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(s.total());
        assertThat(s.overdue()).isNotEmpty().allSatisfy(o -> assertThat(o.workdaysOverdue()).isPositive());
        assertThat(s.completed()).isNotEmpty().allSatisfy(c -> assertThat(c.completedOn())
                .isBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22)));
        assertThat(s.units()).isNotEmpty().allSatisfy(u -> assertThat(u.paragraph()).startsWith(u.unit()));
        assertThat(s.cards()).isNotEmpty();
        assertThatThrownBy(() -> wb.supervisionReports().summary(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void pdfEmbedsTheFontSubsetAndReadsInChinese() throws Exception {
        Path pdf = wb.supervisionReports().write(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22),
                ReportFormat.PDF, dir.resolve("out/专报.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("督 查 专 报").contains("各牵头单位办理情况").contains("逾期未办结事项");
            assertThat(text.replaceAll("\\s", "")).as("red lights say why").contains("亮红灯事项及原因")
                    .contains("反馈逾期：最近一期进展未按期反馈");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("+WenQuanYiMicroHei");
        }
    }

    @Test
    void docxAndXlsxCarryTheSameTables() throws Exception {
        Path docx = wb.supervisionReports().write(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22),
                ReportFormat.DOCX, dir.resolve("专报.docx"));
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(d).getText();
            assertThat(text).contains("督办事项状态统计").contains("按期办结率");
            assertThat(d.getTables()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(d.getParagraphs().get(d.getParagraphs().size() / 2).getRuns()).isNotEmpty();
        }
        Path xlsx = wb.supervisionReports().write(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22),
                ReportFormat.XLSX, dir.resolve("专报.xlsx"));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(8);
            assertThat(book.getSheet("表3　各牵头单位办理情况").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("牵头单位");
        }
    }

    @Test
    void noticeIsWrittenAndRecordedInTheTimeline() throws Exception {
        SupervisionItem item = wb.supervision().all().stream()
                .filter(i -> i.state() == SupervisionState.IN_PROGRESS).findFirst().orElseThrow();
        Path pdf = wb.notices().issue(item, "请于月底前报送", ReportFormat.PDF, dir.resolve("通知单.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(item.displayNumber()).contains("请于月底前报送")
                    .contains("督 办 通 知 单");
        }
        Path docx = wb.notices().issue(item, null, ReportFormat.DOCX, dir.resolve("通知单.docx"));
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(d).getText()).contains(item.displayNumber()).contains("办理时限");
        }
        assertThat(wb.supervision().eventsOf(item.id())).filteredOn(e -> e.kind() == EventKind.NOTICE_ISSUED)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void noticeForAClosedItemIsRefusedAndLeavesNoFile() {
        SupervisionItem done = wb.supervision().all().stream()
                .filter(i -> i.state() == SupervisionState.ARCHIVED).findFirst().orElseThrow();
        Path target = dir.resolve("closed.pdf");
        assertThatThrownBy(() -> wb.notices().issue(done, null, ReportFormat.PDF, target))
                .isInstanceOf(TransitionRefused.class);
        assertThat(target).doesNotExist();
        assertThat(dir.toFile().list((d, n) -> n.endsWith(".part"))).isEmpty();
    }
}
