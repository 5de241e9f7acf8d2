package cn.quanze.core.files;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sheet with its detected header row and the column of each field. Data starts below the header;
 * {@link #withColumn} lets a wizard change the mapping the user does not agree with.
 */
public record HeaderMatch(SheetData sheet, int headerRow, Map<String, Integer> columns) {
    public HeaderMatch {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public int firstDataRow() {
        return headerRow + 1;
    }

    /** The header texts of the header row, by column. */
    public List<String> headers() {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < sheet.width(); c++) {
            out.add(sheet.cell(headerRow, c).replaceAll("\\s+", ""));
        }
        return out;
    }

    public Optional<Integer> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean has(String field) {
        return columns.containsKey(field);
    }

    /** The trimmed text of a field in a row, "" when the field is not mapped. */
    public String value(int row, String field) {
        Integer c = columns.get(field);
        return c == null ? "" : sheet.cell(row, c).trim();
    }

    public String header(String field) {
        Integer c = columns.get(field);
        return c == null ? "" : sheet.cell(headerRow, c).replaceAll("\\s+", "");
    }

    /** The mapping with one field moved to another column ({@code col < 0} unmaps it). */
    public HeaderMatch withColumn(String field, int col) {
        Map<String, Integer> m = new LinkedHashMap<>(columns);
        m.values().removeIf(v -> v == col);
        if (col < 0) {
            m.remove(field);
        } else {
            m.put(field, col);
        }
        return new HeaderMatch(sheet, headerRow, m);
    }

    /** The mapping as header text → field key, to remember for the next import. */
    public Map<String, String> asRemembered() {
        Map<String, String> m = new LinkedHashMap<>();
        columns.forEach((field, col) -> m.put(HeaderDetector.normalize(sheet.cell(headerRow, col)), field));
        return m;
    }
}
