package cn.quanze.core.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads every sheet of an .xlsx as text with POI's event API (SAX over the sheet XML, no in-memory workbook),
 * so large files stay cheap. Merged regions are filled after each sheet; numbers keep their displayed form
 * (long codes stay digits, never 3.3E+11). Encrypted, old-format and damaged files become an
 * {@link ExcelFileException} with a Chinese message.
 */
public final class StreamingWorkbookReader {
    private StreamingWorkbookReader() {
    }

    public static List<SheetData> read(Path file, ReadProgress progress) {
        checkFormat(file);
        List<SheetData> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    sheets.add(readSheet(it.getSheetName(), in, styles, strings, progress));
                }
            }
        } catch (ReadProgress.Cancelled | ExcelFileException e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof ReadProgress.Cancelled c) {
                throw c;
            }
            throw new ExcelFileException(ExcelFileException.Kind.MALFORMED, file, e);
        }
        return sheets;
    }

    private static void checkFormat(Path file) {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (NoSuchFileException e) {
            throw new ExcelFileException(ExcelFileException.Kind.NOT_FOUND, file, e);
        } catch (IOException e) {
            throw new ExcelFileException(ExcelFileException.Kind.MALFORMED, file, e);
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                boolean encrypted = fs.getRoot().hasEntry("EncryptionInfo");
                throw new ExcelFileException(encrypted ? ExcelFileException.Kind.ENCRYPTED
                        : ExcelFileException.Kind.OLD_FORMAT, file, null);
            } catch (IOException e) {
                throw new ExcelFileException(ExcelFileException.Kind.MALFORMED, file, e);
            }
        }
        throw new ExcelFileException(ExcelFileException.Kind.MALFORMED, file, null);
    }

    private static SheetData readSheet(String name, InputStream in, StylesTable styles,
                                       ReadOnlySharedStringsTable strings, ReadProgress progress)
            throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
        Collector collector = new Collector(progress);
        XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainNumbers(), false);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new MergeAware(cells, collector));
        parser.parse(new InputSource(in));
        return collector.finish(name);
    }

    /** Numbers in General format as plain digits (a 12-digit code must not become 3.30217E+11). */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if ((formatString == null || "General".equalsIgnoreCase(formatString)) && !Double.isInfinite(value)
                    && !Double.isNaN(value)) {
                return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** Sees the {@code dimension} and {@code mergeCell} elements the cell handler ignores. */
    private static final class MergeAware extends DefaultHandler {
        private final DefaultHandler cells;
        private final Collector collector;

        MergeAware(DefaultHandler cells, Collector collector) {
            this.cells = cells;
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if ("mergeCell".equals(local)) {
                collector.merge(atts.getValue("ref"));
            } else if ("dimension".equals(local)) {
                collector.dimension(atts.getValue("ref"));
            }
            cells.startElement(uri, local, qName, atts);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            cells.endElement(uri, local, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cells.characters(ch, start, length);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final ReadProgress progress;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<SheetData.Merge> merges = new ArrayList<>();
        private List<String> current;
        private int nextCol;
        private long expectedRows;

        Collector(ReadProgress progress) {
            this.progress = progress;
        }

        void dimension(String ref) {
            if (ref != null && ref.contains(":")) {
                expectedRows = new CellReference(ref.substring(ref.indexOf(':') + 1)).getRow() + 1L;
            }
        }

        void merge(String ref) {
            if (ref == null || !ref.contains(":")) {
                return;
            }
            CellReference a = new CellReference(ref.substring(0, ref.indexOf(':')));
            CellReference b = new CellReference(ref.substring(ref.indexOf(':') + 1));
            merges.add(new SheetData.Merge(a.getRow(), b.getRow(), a.getCol(), b.getCol()));
        }

        @Override
        public void startRow(int rowNum) {
            while (rows.size() < rowNum) {
                rows.add(new ArrayList<>());
            }
            current = new ArrayList<>();
            rows.add(current);
            nextCol = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (rows.size() % 500 == 0) {
                progress.checkCancelled();
                progress.update(rows.size(), Math.max(expectedRows, rows.size()));
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? nextCol : new CellReference(ref).getCol();
            while (current.size() < col) {
                current.add("");
            }
            current.add(value == null ? "" : value);
            nextCol = col + 1;
        }

        SheetData finish(String name) {
            for (SheetData.Merge m : merges) {
                String value = m.firstRow() < rows.size() && m.firstCol() < rows.get(m.firstRow()).size()
                        ? rows.get(m.firstRow()).get(m.firstCol()) : "";
                for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                    while (rows.size() <= r) {
                        rows.add(new ArrayList<>());
                    }
                    List<String> row = rows.get(r);
                    while (row.size() <= m.lastCol()) {
                        row.add("");
                    }
                    for (int c = m.firstCol(); c <= m.lastCol(); c++) {
                        row.set(c, value);
                    }
                }
            }
            progress.update(rows.size(), rows.size());
            return new SheetData(name, rows, List.copyOf(merges));
        }
    }
}
