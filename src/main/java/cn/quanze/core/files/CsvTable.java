package cn.quanze.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV of the product (Commons CSV, RFC 4180: comma, CRLF, quotes doubled, cells with commas, quotes or
 * line breaks quoted; formula-like cells neutralised): every table a user or a script exports as CSV, and the
 * calendar seed files read back.
 */
public final class CsvTable {
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(false).get();

    private CsvTable() {
    }

    /** A header line and one line per row; {@code null} cells are empty, lists are joined with 、. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, WRITE)) {
            p.printRecord(header);
            for (List<?> row : rows) {
                p.printRecord(row.stream().map(CsvTable::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Rows given as ordered maps (column → value), the header taken from the first row; empty for no rows. */
    public static String writeMaps(List<? extends Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        List<String> header = List.copyOf(rows.get(0).keySet());
        return write(header, rows.stream().map(r -> new ArrayList<Object>(r.values())).toList());
    }

    /** Reads a CSV with a header line: each record as its cells in column order. */
    public static List<List<String>> read(InputStream in) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8); CSVParser parser = READ.parse(r)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                rows.add(rec.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> l) {
            return neutral(l.stream().map(String::valueOf).collect(Collectors.joining("、")));
        }
        return neutral(Objects.toString(v));
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    /**
     * A cell Excel or WPS would run as a formula (starting with = + - @, a tab or a carriage return) gets a
     * leading apostrophe, as OWASP advises against CSV injection; plain numbers such as -5 stay as they are.
     */
    static String neutral(String s) {
        if (s.isEmpty() || NUMBER.matcher(s).matches()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
