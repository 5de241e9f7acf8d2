package cn.quanze.core.files;

import cn.quanze.core.i18n.I18n;

/**
 * A problem found in one row of a workbook: sheet name, 1-based row number as Excel shows it, the column
 * (letter and header text, empty when the whole row is meant) and a Chinese message.
 */
public record RowIssue(String sheet, int row, String column, String header, String message) {
    public static RowIssue of(String sheet, int row0, int col, String header, String message) {
        return new RowIssue(sheet, row0 + 1, col < 0 ? "" : SheetData.columnLetter(col), header == null ? "" : header,
                message);
    }

    /** 工作表“清单”第 5 行 C 列（事项名称）：缺少事项名称 */
    public String describe() {
        if (column.isEmpty()) {
            return I18n.t("excel.issue.row", sheet, row, message);
        }
        return I18n.t("excel.issue.cell", sheet, row, column, header, message);
    }
}
