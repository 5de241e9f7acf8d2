package cn.quanze.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A flowing A4 PDF writer for reports: the bundled WenQuanYi Micro Hei embedded as a subset (so the file reads on a
 * machine without Chinese fonts), wrapped paragraphs, ruled tables that break across pages, and bar charts.
 */
public final class PdfDoc implements AutoCloseable {
    public static final String FONT_RESOURCE = "/assets/fonts/wqy-microhei.ttc";
    static final float MARGIN_X = 72;
    static final float MARGIN_TOP = 72;
    static final float MARGIN_BOTTOM = 64;
    /** Punctuation that never starts a line (避头点): it stays on the line before, slightly past the margin. */
    private static final String NO_LINE_START = "，。、；：！？）」』”’》〕】%,.;:!?)";
    private final PDDocument doc = new PDDocument();
    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private final Map<Character, Float> advances = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    public PdfDoc() {
        try (InputStream in = PdfDoc.class.getResourceAsStream(FONT_RESOURCE)) {
            collection = new TrueTypeCollection(in);
            font = PDType0Font.load(doc, collection.getFontByName("WenQuanYiMicroHei"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    public float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN_X;
    }

    public void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages.add(page);
            out = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN_TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page when less than {@code height} is left. */
    public void need(float height) {
        if (y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    public void gap(float h) {
        y -= h;
    }

    /** Centred single line (titles). */
    public void centered(String text, float size, float[] rgb) {
        String s = safe(text);
        need(size * 1.6f);
        float w = textWidth(s, size);
        y -= size * 1.3f;
        text(s, MARGIN_X + (width() - w) / 2, y, size, rgb);
        y -= size * 0.4f;
    }

    public void rightAligned(String text, float size) {
        String s = safe(text);
        need(size * 1.6f);
        y -= size * 1.4f;
        text(s, MARGIN_X + width() - textWidth(s, size), y, size, null);
    }

    /** A wrapped paragraph; {@code indent} in characters on the first line (公文 opens paragraphs with two). */
    public void paragraph(String text, float size, int indent) {
        float lead = size * 1.75f;
        List<String> lines = wrap(safe(text), size, width(), indent * size);
        for (int i = 0; i < lines.size(); i++) {
            need(lead);
            y -= lead;
            text(lines.get(i), MARGIN_X + (i == 0 ? indent * size : 0), y, size, null);
        }
    }

    /** A ruled table; rows that do not fit move to the next page with the header repeated. */
    public void table(List<String> headers, List<List<String>> rows, float[] fractions, float size) {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * width();
        }
        need(size * 8);
        y -= 4;
        row(headers, widths, size, true);
        for (List<String> r : rows) {
            if (!fits(r, widths, size)) {
                newPage();
                row(headers, widths, size, true);
            }
            row(r, widths, size, false);
        }
        y -= size;
    }

    private boolean fits(List<String> cells, float[] widths, float size) {
        return y - rowHeight(cells, widths, size) >= MARGIN_BOTTOM;
    }

    private float rowHeight(List<String> cells, float[] widths, float size) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(safe(cells.get(i)), size, widths[i] - 6, 0).size());
        }
        return lines * size * 1.35f + 6;
    }

    private void row(List<String> cells, float[] widths, float size, boolean header) {
        float h = rowHeight(cells, widths, size);
        need(h);
        try {
            float x = MARGIN_X;
            if (header) {
                out.setNonStrokingColor(0.9f, 0.92f, 0.95f);
                out.addRect(x, y - h, width(), h);
                out.fill();
            }
            out.setStrokingColor(0.35f, 0.35f, 0.35f);
            out.setLineWidth(0.5f);
            for (int i = 0; i < cells.size(); i++) {
                out.addRect(x, y - h, widths[i], h);
                out.stroke();
                List<String> lines = wrap(safe(cells.get(i)), size, widths[i] - 6, 0);
                float ty = y - 3 - size;
                for (String line : lines) {
                    text(line, x + 3, ty, size, null);
                    ty -= size * 1.35f;
                }
                x += widths[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
    }

    /** A horizontal bar chart: one bar per label, scaled to {@code max}, the value printed after each bar. */
    public void barChart(String title, List<String> labels, List<Double> values, double max, String unit,
                         float[] rgb) {
        float size = 10;
        float bar = 14;
        float labelWidth = 120;
        need(size * 2 + labels.size() * (bar + 6) + 10);
        paragraph(title, 12, 0);
        y -= 6;
        try {
            float chartWidth = width() - labelWidth - 60;
            for (int i = 0; i < labels.size(); i++) {
                y -= bar + 6;
                String label = safe(labels.get(i));
                while (textWidth(label, size) > labelWidth - 6 && label.length() > 1) {
                    label = label.substring(0, label.length() - 1);
                }
                text(label, MARGIN_X + labelWidth - 6 - textWidth(label, size), y + 3, size, null);
                float w = max <= 0 ? 0 : (float) (values.get(i) / max * chartWidth);
                out.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
                out.addRect(MARGIN_X + labelWidth, y, Math.max(w, 0.5f), bar);
                out.fill();
                String v = values.get(i) % 1 == 0 ? String.valueOf(values.get(i).longValue())
                        : String.format("%.1f", values.get(i));
                text(v + unit, MARGIN_X + labelWidth + w + 4, y + 3, size, null);
            }
            out.setStrokingColor(0.3f, 0.3f, 0.3f);
            out.moveTo(MARGIN_X + labelWidth, y - 2);
            out.lineTo(MARGIN_X + labelWidth, y + labels.size() * (bar + 6) + 2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= size * 2;
    }

    /** A horizontal rule (the red line under a 公文 header when {@code rgb} is red). */
    public void rule(float[] rgb, float thickness) {
        try {
            y -= 8;
            out.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            out.setLineWidth(thickness);
            out.moveTo(MARGIN_X, y);
            out.lineTo(MARGIN_X + width(), y);
            out.stroke();
            y -= 8;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String s, float x, float ty, float size, float[] rgb) {
        try {
            out.beginText();
            if (rgb != null) {
                out.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            } else {
                out.setNonStrokingColor(0f, 0f, 0f);
            }
            out.setFont(font, size);
            out.newLineAtOffset(x, ty);
            out.showText(s);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float textWidth(String s, float size) {
        float w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += advance(s.charAt(i));
        }
        return w / 1000 * size;
    }

    /** Glyph advance in font units, cached per character (measuring through the font is slow). */
    private float advance(char c) {
        Float w = advances.get(c);
        if (w == null) {
            try {
                w = font.getStringWidth(String.valueOf(c));
            } catch (IOException | IllegalArgumentException e) {
                w = 1000f;
            }
            advances.put(c, w);
        }
        return w;
    }

    /** Replaces characters the font lacks (and control characters) so that writing never fails. */
    String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        text.replace('\t', ' ').replace("\r", "").codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append(' ');
            } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean hasGlyph(int cp) {
        try {
            font.getStringWidth(new String(Character.toChars(cp)));
            return !Character.isISOControl(cp);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private List<String> wrap(String s, float size, float maxWidth, float firstIndent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float w = firstIndent;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            float cw = advance(c) / 1000 * size;
            if (w + cw > maxWidth && line.length() > 0 && NO_LINE_START.indexOf(c) < 0) {
                lines.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.append(c);
            w += cw;
        }
        lines.add(line.toString());
        return lines;
    }

    /** Writes the document with page numbers (— N —) at the foot of every page. */
    public void save(OutputStream target) {
        try {
            out.close();
            out = null;
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String n = "— " + (i + 1) + " —";
                    foot.beginText();
                    foot.setFont(font, 10);
                    foot.newLineAtOffset((PDRectangle.A4.getWidth() - textWidth(n, 10)) / 2, 36);
                    foot.showText(n);
                    foot.endText();
                }
            }
            doc.save(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
            collection.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
