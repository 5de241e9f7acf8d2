package cn.quanze.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word/WPS document in the look of a 公文 (GB/T 9704): A4 with the standard margins, a 小标宋 title, 仿宋 三号 body
 * with two-character first-line indents, 黑体 headings, ruled tables in 仿宋 and bar charts made of table cells.
 * Font names are the ones Chinese Word/WPS installations have; other machines substitute a similar face.
 */
public final class DocxDoc {
    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String HEADING_FONT = "黑体";
    public static final String SUBHEADING_FONT = "楷体_GB2312";
    /** Text width of A4 with the 公文 margins, in twips. */
    static final int TEXT_WIDTH = 11906 - 1587 - 1474;
    /** 五号 (10.5 pt) for table text, in half-points. */
    private static final int TABLE_HALF_POINTS = 21;
    private final XWPFDocument doc = new XWPFDocument();

    public DocxDoc() {
        tableTextByDefault();
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1587));
        mar.setRight(BigInteger.valueOf(1474));
    }

    /**
     * The document's default run is the table text (仿宋 五号) and paragraphs have no space after: table cells,
     * thousands of them in a year's report, then carry only their text instead of four formatting elements each.
     */
    private void tableTextByDefault() {
        var ctStyles = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        var defaults = ctStyles.addNewDocDefaults();
        var rpr = defaults.addNewRPrDefault().addNewRPr();
        var fonts = rpr.addNewRFonts();
        fonts.setAscii(BODY_FONT);
        fonts.setHAnsi(BODY_FONT);
        fonts.setEastAsia(BODY_FONT);
        fonts.setCs(BODY_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(TABLE_HALF_POINTS));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(TABLE_HALF_POINTS));
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        doc.createStyles().setStyles(ctStyles);
    }

    public XWPFParagraph paragraph(String text, String font, int halfPoints, ParagraphAlignment align,
                                   boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(1.25);
        p.setSpacingAfter(0);
        if (indent) {
            p.setIndentationFirstLine(halfPoints * 20);
        }
        run(p, text, font, halfPoints, null);
        return p;
    }

    public void title(String text) {
        paragraph(text, TITLE_FONT, 44, ParagraphAlignment.CENTER, false).setSpacingAfter(240);
    }

    /** The red-header line of a notice: the issuing body's name in red and a red rule under the 文号. */
    public void redHeader(String issuer, String docNo) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, issuer, TITLE_FONT, 52, "C00000");
        XWPFParagraph no = paragraph(docNo, BODY_FONT, 32, ParagraphAlignment.CENTER, false);
        no.setBorderBottom(Borders.THICK);
        no.setSpacingAfter(360);
        no.getCTP().getPPr().getPBdr().getBottom().setColor("C00000");
    }

    public void heading(String text) {
        paragraph(text, HEADING_FONT, 32, ParagraphAlignment.LEFT, true);
    }

    public void subheading(String text) {
        paragraph(text, SUBHEADING_FONT, 32, ParagraphAlignment.LEFT, true);
    }

    public void body(String text) {
        paragraph(text, BODY_FONT, 32, ParagraphAlignment.BOTH, true);
    }

    public void right(String text) {
        paragraph(text, BODY_FONT, 32, ParagraphAlignment.RIGHT, false);
    }

    public void blank() {
        paragraph("", BODY_FONT, 32, ParagraphAlignment.LEFT, false);
    }

    /** A ruled table in 仿宋 五号 with a shaded header row; {@code fractions} of the text width per column. */
    public void table(List<String> headers, List<List<String>> rows, float[] fractions) {
        XWPFTable t = doc.createTable(rows.size() + 1, headers.size());
        t.setTableAlignment(TableRowAlign.CENTER);
        int[] twips = new int[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            twips[i] = Math.round(fractions[i] * TEXT_WIDTH);
        }
        fixWidths(t, twips);
        fill(t.getRow(0), headers, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(t.getRow(i + 1), rows.get(i), false);
        }
        doc.createParagraph();
    }

    /** A bar chart as a table: label, a bar of shaded cells out of {@code cells}, and the value. */
    public void barChart(List<String> labels, List<Double> values, double max, String unit, String colour) {
        int cells = 20;
        XWPFTable t = doc.createTable(labels.size(), cells + 2);
        t.setTableAlignment(TableRowAlign.CENTER);
        int[] twips = new int[cells + 2];
        twips[0] = 2600;
        java.util.Arrays.fill(twips, 1, cells + 1, 250);
        twips[cells + 1] = 1200;
        fixWidths(t, twips);
        t.removeBorders();
        for (int r = 0; r < labels.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            text(row.getCell(0), labels.get(r), false);
            int filled = max <= 0 ? 0 : (int) Math.round(values.get(r) / max * cells);
            for (int c = 0; c < cells; c++) {
                XWPFTableCell cell = row.getCell(c + 1);
                if (c < filled) {
                    cell.setColor(colour);
                }
            }
            double v = values.get(r);
            text(row.getCell(cells + 1), (v % 1 == 0 ? String.valueOf((long) v) : String.format("%.1f", v)) + unit,
                    false);
        }
        doc.createParagraph();
    }

    /** Fixed layout with explicit grid and cell widths, so Word, WPS and LibreOffice all keep the columns. */
    private static void fixWidths(XWPFTable t, int[] twips) {
        var ct = t.getCTTbl();
        var grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int total = 0;
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
            total += w;
        }
        var pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        t.setWidth(String.valueOf(total));
        for (XWPFTableRow row : t.getRows()) {
            for (int i = 0; i < twips.length && i < row.getTableCells().size(); i++) {
                row.getCell(i).setWidth(String.valueOf(twips[i]));
            }
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            text(cell, cells.get(i), header);
            if (header) {
                cell.setColor("E7EBF1");
            }
        }
    }

    /** A cell's text: in the default run (仿宋 五号) for data, in 黑体 for headers. */
    private static void text(XWPFTableCell cell, String text, boolean header) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (header) {
            run(p, text == null ? "" : text, HEADING_FONT, TABLE_HALF_POINTS, null);
        } else {
            p.createRun().setText(text == null ? "" : text);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints, String colour) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(halfPoints / 2.0);
        if (colour != null) {
            r.setColor(colour);
        }
        r.setText(text);
        return r;
    }

    public void save(OutputStream out) {
        try {
            doc.write(out);
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
