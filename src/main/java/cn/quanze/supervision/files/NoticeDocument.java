package cn.quanze.supervision.files;

import cn.quanze.core.files.DocxDoc;
import cn.quanze.core.files.PdfDoc;
import cn.quanze.core.i18n.I18n;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * 督办通知单: the notice sent to the lead unit, numbered 督办〔year〕N号, with the matter, the requirement, the deadline
 * and the feedback rhythm, signed by the issuing office with the date. Written as DOCX (公文 look) or PDF.
 */
public final class NoticeDocument {
    /** What the notice says. */
    public record Data(String number, String issuer, String unit, String cooperating, String title, String content,
                       String source, String requirement, LocalDate deadline, String cycle, LocalDate issuedOn) {
    }

    static final float[] RED = {0.75f, 0f, 0f};

    private NoticeDocument() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : I18n.t("report.date", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String[] body(Data d) {
        return new String[] {
            I18n.t("report.notice.opening", d.source(), d.title()),
            d.cooperating().isEmpty() ? I18n.t("report.notice.leadOnly")
                    : I18n.t("report.notice.cooperating", d.cooperating()),
        };
    }

    public static void writeDocx(Data d, OutputStream out) {
        DocxDoc doc = new DocxDoc();
        doc.redHeader(d.issuer(), d.number());
        doc.title(I18n.t("report.notice.title"));
        doc.paragraph(d.unit() + "：", DocxDoc.BODY_FONT, 32, ParagraphAlignment.LEFT, false);
        for (String p : body(d)) {
            doc.body(p);
        }
        doc.heading(I18n.t("report.notice.h.matter"));
        doc.body(d.content() == null || d.content().isBlank() ? d.title() : d.content());
        doc.heading(I18n.t("report.notice.h.requirement"));
        doc.body(d.requirement());
        doc.heading(I18n.t("report.notice.h.deadline"));
        doc.body(I18n.t("report.notice.deadline", date(d.deadline()), d.cycle()));
        doc.body(I18n.t("report.notice.warning"));
        doc.blank();
        doc.right(d.issuer());
        doc.right(date(d.issuedOn()));
        doc.save(out);
    }

    public static void writePdf(Data d, OutputStream out) {
        try (PdfDoc pdf = new PdfDoc()) {
            pdf.centered(d.issuer(), 24, RED);
            pdf.centered(d.number(), 14, null);
            pdf.rule(RED, 2f);
            pdf.centered(I18n.t("report.notice.title"), 20, null);
            pdf.gap(8);
            pdf.paragraph(d.unit() + "：", 14, 0);
            for (String p : body(d)) {
                pdf.paragraph(p, 14, 2);
            }
            pdf.paragraph(I18n.t("report.notice.h.matter"), 14, 2);
            pdf.paragraph(d.content() == null || d.content().isBlank() ? d.title() : d.content(), 14, 2);
            pdf.paragraph(I18n.t("report.notice.h.requirement"), 14, 2);
            pdf.paragraph(d.requirement(), 14, 2);
            pdf.paragraph(I18n.t("report.notice.h.deadline"), 14, 2);
            pdf.paragraph(I18n.t("report.notice.deadline", date(d.deadline()), d.cycle()), 14, 2);
            pdf.paragraph(I18n.t("report.notice.warning"), 14, 2);
            pdf.gap(24);
            pdf.rightAligned(d.issuer(), 14);
            pdf.rightAligned(date(d.issuedOn()), 14);
            pdf.save(out);
        }
    }
}
