package cn.quanze.supervision.files;

import cn.quanze.core.files.DocxDoc;
import cn.quanze.core.files.PdfDoc;
import cn.quanze.core.files.ReportFormat;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.i18n.I18n;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link SupervisionSummary} as a 督查专报 in DOCX or PDF, or its tables as XLSX (one sheet each). */
public final class SummaryWriters {
    private static final float[] RED = NoticeDocument.RED;
    private static final float[] BLUE = {0.23f, 0.42f, 0.71f};
    private static final float[] GREEN = {0.18f, 0.55f, 0.34f};

    private SummaryWriters() {
    }

    public static void write(SupervisionSummary s, ReportFormat format, OutputStream out) {
        switch (format) {
            case DOCX -> docx(s, out);
            case PDF -> pdf(s, out);
            case XLSX -> xlsx(s, out);
        }
    }

    private static List<String> stateLabels() {
        return Arrays.stream(SupervisionState.values()).map(I18n::of).toList();
    }

    private static List<Double> stateValues(SupervisionSummary s) {
        return Arrays.stream(SupervisionState.values()).map(st -> (double) s.byState().getOrDefault(st, 0)).toList();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    static void docx(SupervisionSummary s, OutputStream out) {
        DocxDoc d = new DocxDoc();
        d.redHeader(I18n.t("report.summary.masthead"), s.docNo());
        d.paragraph(I18n.t("report.summary.issuerLine", s.issuer(), NoticeDocument.date(s.asOf())),
                DocxDoc.BODY_FONT, 28, org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER, false);
        d.title(SummaryTables.title(s));
        d.heading(I18n.t("report.h.overview"));
        d.body(SummaryTables.overview(s));
        tableDocx(d, SummaryTables.states(s));
        d.subheading(I18n.t("report.chart.states"));
        List<Double> sv = stateValues(s);
        d.barChart(stateLabels(), sv, max(sv), I18n.t("report.unit.items"), "3B6BB5");
        tableDocx(d, SummaryTables.sources(s));
        d.heading(I18n.t("report.h.units"));
        tableDocx(d, SummaryTables.units(s));
        d.subheading(I18n.t("report.chart.onTime"));
        d.barChart(ratedNames(s), onTime(s), 100, "%", "2E8B57");
        for (SupervisionSummary.UnitLine u : s.units()) {
            d.body(u.paragraph());
        }
        d.heading(I18n.t("report.h.overdue"));
        tableOrNone(d, SummaryTables.overdue(s));
        tableOrNone(d, SummaryTables.red(s));
        d.heading(I18n.t("report.h.completed"));
        tableOrNone(d, SummaryTables.completed(s));
        d.heading(I18n.t("report.h.cards"));
        tableOrNone(d, SummaryTables.cards(s));
        d.heading(I18n.t("report.h.next"));
        d.body(I18n.t("report.next.text"));
        d.blank();
        d.right(s.issuer());
        d.right(NoticeDocument.date(s.asOf()));
        d.save(out);
    }

    /** Units that had something due (completed or overdue): the others have no on-time rate to chart. */
    private static List<SupervisionSummary.UnitLine> rated(SupervisionSummary s) {
        return s.units().stream().filter(u -> u.onTimeRate() != null).toList();
    }

    private static List<String> ratedNames(SupervisionSummary s) {
        return rated(s).stream().map(SupervisionSummary.UnitLine::unit).toList();
    }

    private static List<Double> onTime(SupervisionSummary s) {
        return rated(s).stream().map(SupervisionSummary.UnitLine::onTimeRate).toList();
    }

    private static void tableOrNone(DocxDoc d, SummaryTables.Table t) {
        if (t.rows().isEmpty()) {
            d.body(I18n.t("report.none"));
        } else {
            tableDocx(d, t);
        }
    }

    private static void tableDocx(DocxDoc d, SummaryTables.Table t) {
        d.subheading(t.title());
        d.table(t.headers(), t.rows(), t.widths());
    }

    static void pdf(SupervisionSummary s, OutputStream out) {
        try (PdfDoc p = new PdfDoc()) {
            p.centered(I18n.t("report.summary.masthead"), 30, RED);
            p.centered(s.docNo(), 12, null);
            p.centered(I18n.t("report.summary.issuerLine", s.issuer(), NoticeDocument.date(s.asOf())), 11, null);
            p.rule(RED, 2f);
            p.centered(SummaryTables.title(s), 16, null);
            p.gap(6);
            p.paragraph(I18n.t("report.h.overview"), 13, 2);
            p.paragraph(SummaryTables.overview(s), 12, 2);
            tablePdf(p, SummaryTables.states(s));
            List<Double> sv = stateValues(s);
            p.barChart(I18n.t("report.chart.states"), stateLabels(), sv, max(sv), I18n.t("report.unit.items"), BLUE);
            tablePdf(p, SummaryTables.sources(s));
            p.paragraph(I18n.t("report.h.units"), 13, 2);
            tablePdf(p, SummaryTables.units(s));
            p.barChart(I18n.t("report.chart.onTime"), ratedNames(s), onTime(s), 100, "%", GREEN);
            for (SupervisionSummary.UnitLine u : s.units()) {
                p.paragraph(u.paragraph(), 12, 2);
            }
            for (SummaryTables.Table t : List.of(SummaryTables.overdue(s), SummaryTables.red(s),
                    SummaryTables.completed(s), SummaryTables.cards(s))) {
                p.need(110);
                p.gap(6);
                p.paragraph(t.title(), 13, 2);
                if (t.rows().isEmpty()) {
                    p.paragraph(I18n.t("report.none"), 12, 2);
                } else {
                    p.table(t.headers(), t.rows(), t.widths(), 9);
                }
            }
            p.paragraph(I18n.t("report.h.next"), 13, 2);
            p.paragraph(I18n.t("report.next.text"), 12, 2);
            p.gap(16);
            p.rightAligned(s.issuer(), 12);
            p.rightAligned(NoticeDocument.date(s.asOf()), 12);
            p.save(out);
        }
    }

    private static void tablePdf(PdfDoc p, SummaryTables.Table t) {
        p.need(110);
        p.gap(4);
        p.paragraph(t.title(), 11, 0);
        p.table(t.headers(), t.rows(), t.widths(), 9);
    }

    static void xlsx(SupervisionSummary s, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = wb.createCellStyle();
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFSheet summary = wb.createSheet(I18n.t("report.sheet.summary"));
            summary.createRow(0).createCell(0).setCellValue(SummaryTables.title(s));
            summary.createRow(1).createCell(0).setCellValue(SummaryTables.overview(s));
            int r = 3;
            for (SupervisionSummary.UnitLine u : s.units()) {
                summary.createRow(r++).createCell(0).setCellValue(u.paragraph());
            }
            summary.setColumnWidth(0, 120 * 256);
            for (SummaryTables.Table t : SummaryTables.all(s)) {
                XSSFSheet sheet = wb.createSheet(t.title());
                XSSFRow h = sheet.createRow(0);
                for (int c = 0; c < t.headers().size(); c++) {
                    h.createCell(c).setCellValue(t.headers().get(c));
                    h.getCell(c).setCellStyle(head);
                    sheet.setColumnWidth(c, Math.max(10, (int) (t.widths()[c] * 120)) * 256);
                }
                for (int i = 0; i < t.rows().size(); i++) {
                    XSSFRow row = sheet.createRow(i + 1);
                    List<String> cells = t.rows().get(i);
                    for (int c = 0; c < cells.size(); c++) {
                        String v = cells.get(c);
                        if (v.matches("-?\\d{1,9}")) {
                            row.createCell(c).setCellValue(Integer.parseInt(v));
                        } else {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
