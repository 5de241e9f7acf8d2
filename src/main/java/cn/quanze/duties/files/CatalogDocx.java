package cn.quanze.duties.files;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a {@link CatalogTable} as an official-looking Word document: A4 landscape, title in 黑体, the one-table
 * layout in 仿宋 with the main item's cells merged over its sub-items, header row repeated on every page, page
 * number "— N —" in the footer.
 */
public final class CatalogDocx {
    private static final int[] WIDTHS = {720, 1150, 1400, 1450, 1200, 2700, 3300, 2838};

    private CatalogDocx() {
    }

    public static void write(CatalogTable table, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            landscape(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, table.title(), CatalogXlsx.HEAD_FONT, 18, true);

            XWPFTable t = doc.createTable(1 + table.rowCount(), CatalogTable.HEADERS.size());
            t.setTableAlignment(TableRowAlign.CENTER);
            t.setWidth(String.valueOf(java.util.Arrays.stream(WIDTHS).sum()));
            XWPFTableRow header = t.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int c = 0; c < CatalogTable.HEADERS.size(); c++) {
                cell(header.getCell(c), c, CatalogTable.HEADERS.get(c), CatalogXlsx.HEAD_FONT, true, true, null);
            }
            int r = 1;
            for (CatalogTable.Group g : table.groups()) {
                List<CatalogTable.Line> lines = g.lines();
                boolean merged = lines.size() > 1;
                for (int i = 0; i < lines.size(); i++) {
                    CatalogTable.Line line = lines.get(i);
                    XWPFTableRow row = t.getRow(r++);
                    STMerge.Enum groupMerge = !merged ? null : i == 0 ? STMerge.RESTART : STMerge.CONTINUE;
                    STMerge.Enum dutyMerge = g.dutySpans() ? groupMerge : null;
                    boolean lead = i == 0;
                    cell(row.getCell(0), 0, lead ? String.valueOf(g.number()) : "", CatalogXlsx.BODY_FONT, false, true, groupMerge);
                    cell(row.getCell(1), 1, lead ? g.type() : "", CatalogXlsx.BODY_FONT, false, true, groupMerge);
                    cell(row.getCell(2), 2, lead ? g.code() : "", CatalogXlsx.BODY_FONT, false, true, groupMerge);
                    cell(row.getCell(3), 3, lead ? g.name() : "", CatalogXlsx.BODY_FONT, false, true, groupMerge);
                    cell(row.getCell(4), 4, line.subItem(), CatalogXlsx.BODY_FONT, false, true, null);
                    cell(row.getCell(5), 5, line.basis(), CatalogXlsx.BODY_FONT, false, false, null);
                    boolean writeDuty = dutyMerge == null || lead;
                    cell(row.getCell(6), 6, writeDuty ? line.duties() : "", CatalogXlsx.BODY_FONT, false, false, dutyMerge);
                    cell(row.getCell(7), 7, writeDuty ? line.cases() : "", CatalogXlsx.BODY_FONT, false, false, dutyMerge);
                }
            }
            pageNumbers(doc);
            doc.write(out);
        }
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setLeft(BigInteger.valueOf(1000));
        mar.setRight(BigInteger.valueOf(1000));
        mar.setFooter(BigInteger.valueOf(567));
    }

    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", CatalogXlsx.BODY_FONT, 12, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", CatalogXlsx.BODY_FONT, 12, false);
    }

    private static void cell(XWPFTableCell cell, int column, String text, String font, boolean bold, boolean centered,
                             STMerge.Enum merge) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(WIDTHS[column]));
        if (merge != null) {
            pr.addNewVMerge().setVal(merge);
        }
        pr.addNewVAlign().setVal(centered ? STVerticalJc.CENTER : STVerticalJc.TOP);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(centered ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH);
        p.setSpacingAfter(0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p = cell.addParagraph();
                p.setAlignment(centered ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH);
                p.setSpacingAfter(0);
            }
            run(p, lines[i], font, 10, bold);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int points, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(points);
        CTFonts fonts = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfRFontsArray() > 0
                ? run.getCTR().getRPr().getRFontsArray(0) : run.getCTR().addNewRPr().addNewRFonts();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setEastAsia(font);
        return run;
    }
}
