package cn.quanze.core.files;

import java.util.List;

/**
 * The text of one sheet as read: rows by 0-based index, each a list of cell texts by 0-based column (missing
 * cells are ""). Merged regions are filled: every cell of a merged range carries the range's value, and
 * {@link #isMergedContinuation} tells the cells below the first row of a vertical merge apart.
 */
public record SheetData(String name, List<List<String>> rows, List<Merge> merges) {
    /** A merged region, 0-based inclusive. */
    public record Merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        boolean contains(int row, int col) {
            return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
        }
    }

    public String cell(int row, int col) {
        if (row < 0 || row >= rows.size()) {
            return "";
        }
        List<String> r = rows.get(row);
        return col < 0 || col >= r.size() ? "" : r.get(col);
    }

    public boolean isBlankRow(int row) {
        return row >= rows.size() || rows.get(row).stream().allMatch(String::isBlank);
    }

    /** True when the cell lies in a merged region that started on an earlier row. */
    public boolean isMergedContinuation(int row, int col) {
        return merges.stream().anyMatch(m -> m.contains(row, col) && row > m.firstRow());
    }

    /** True when the cell lies in a region merged across several columns (a group header over sub-columns). */
    public boolean isGroupHeader(int row, int col) {
        return merges.stream().anyMatch(m -> m.contains(row, col) && m.lastCol() > m.firstCol());
    }

    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** Column letter as Excel shows it: 0 → A, 26 → AA. */
    public static String columnLetter(int col) {
        StringBuilder sb = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
