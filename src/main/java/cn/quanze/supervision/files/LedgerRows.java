package cn.quanze.supervision.files;

import cn.quanze.org.OrgMessages;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.SupervisionService.Backfill;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads the rows of one ledger sheet, naming the file, row and column of anything it cannot take. */
final class LedgerRows {
    private final String file;
    private final Sheet sheet;
    private final UnitMatcher units;
    private final Map<String, Integer> columns = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter();
    private int headerRow = -1;

    LedgerRows(String file, Sheet sheet, List<Department> units) {
        this.file = file;
        this.sheet = sheet;
        this.units = UnitMatcher.of(units, LocalDate.now());
    }

    List<Backfill> parse() {
        findHeader();
        List<Backfill> out = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || text(row, "ledger.col.title").isEmpty() && text(row, "ledger.col.number").isEmpty()) {
                continue;
            }
            out.add(row(row, r + 1));
        }
        return out;
    }

    private void findHeader() {
        List<String> wanted = LedgerExcel.headerTexts();
        for (int r = 0; r <= Math.min(10, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Integer> found = new HashMap<>();
            for (Cell c : row) {
                String t = formatter.formatCellValue(c).replaceAll("\\s", "");
                int i = wanted.indexOf(t);
                if (i >= 0) {
                    found.put(LedgerExcel.COLUMNS.get(i), c.getColumnIndex());
                }
            }
            if (found.containsKey("ledger.col.title") && found.containsKey("ledger.col.leadUnit")) {
                columns.putAll(found);
                headerRow = r;
                return;
            }
        }
        throw new TransitionRefused("ledger.error.noHeader", file, I18n.t("ledger.col.title"),
                I18n.t("ledger.col.leadUnit"));
    }

    private Backfill row(Row row, int n) {
        LocalDate feedbackDate = date(row, n, "ledger.col.lastFeedbackDate");
        String feedback = text(row, "ledger.col.lastFeedback");
        Integer progress = progress(row, n);
        String number = text(row, "ledger.col.number");
        if (!number.isEmpty()) {
            int[] yn = cn.quanze.supervision.domain.SupervisionItem.parseNumber(number)
                    .orElseThrow(() -> error(n, "ledger.col.number", I18n.t("ledger.error.numberFormat", number)));
            return new Backfill(n, yn[0], yn[1], null, null, feedbackDate, feedback, progress);
        }
        String title = text(row, "ledger.col.title");
        String lead = text(row, "ledger.col.leadUnit");
        Department unit = unit(lead, n, "ledger.col.leadUnit");
        List<String> coop = new ArrayList<>();
        for (String name : text(row, "ledger.col.cooperating").split("[、,，;；]")) {
            if (!name.isBlank()) {
                coop.add(unit(name.strip(), n, "ledger.col.cooperating").id());
            }
        }
        String src = text(row, "ledger.col.source");
        SupervisionSource source = src.isEmpty() ? SupervisionSource.KEY_WORK : SupervisionSource.fromOfficialName(src)
                .orElseThrow(() -> error(n, "ledger.col.source", I18n.t("ledger.error.value", src)));
        String cyc = text(row, "ledger.col.cycle");
        FeedbackCycle cycle = cyc.isEmpty() ? FeedbackCycle.MONTHLY : FeedbackCycle.fromOfficialName(cyc)
                .orElseThrow(() -> error(n, "ledger.col.cycle", I18n.t("ledger.error.value", cyc)));
        LocalDate deadline = date(row, n, "ledger.col.deadline");
        if (deadline == null) {
            throw error(n, "ledger.col.deadline", I18n.t("ledger.error.missing"));
        }
        return new Backfill(n, null, null, LedgerExcel.draft(title, source, text(row, "ledger.col.docNo"),
                Importance.fromOfficialName(text(row, "ledger.col.importance")), unit.id(), coop,
                text(row, "ledger.col.leader"), deadline, cycle), date(row, n, "ledger.col.assignedOn"), feedbackDate,
                feedback, progress);
    }

    /** The unit a 牵头/配合单位 cell names (code, name, short name or alias), or the row's error saying why not. */
    private Department unit(String name, int n, String column) {
        UnitMatcher.Match m = units.match(name);
        if (m.unit().isPresent()) {
            return m.unit().get();
        }
        if (m instanceof UnitMatcher.Unknown u && u.retired().isEmpty()) {
            throw error(n, column, I18n.t("ledger.error.unit", name));
        }
        throw error(n, column, OrgMessages.describe(m, I18n.t(column)));
    }

    private Integer progress(Row row, int n) {
        String t = text(row, "ledger.col.progress").replace("%", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            int v = (int) Math.round(Double.parseDouble(t));
            if (v < 0 || v > 100) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(n, "ledger.col.progress", I18n.t("ledger.error.progress", t));
        }
    }

    private LocalDate date(Row row, int n, String column) {
        Integer c = columns.get(column);
        if (c == null || row.getCell(c) == null) {
            return null;
        }
        Cell cell = row.getCell(c);
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        String t = formatter.formatCellValue(cell).strip();
        if (t.isEmpty()) {
            return null;
        }
        for (String candidate : Arrays.asList(t, t.replace('/', '-').replace('.', '-'),
                t.replace("年", "-").replace("月", "-").replace("日", ""))) {
            try {
                String[] p = candidate.split("-");
                if (p.length == 3) {
                    return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                }
                return LocalDate.parse(candidate);
            } catch (NumberFormatException | java.time.DateTimeException e) {
                // try the next spelling
            }
        }
        throw error(n, column, I18n.t("ledger.error.date", t));
    }

    private String text(Row row, String column) {
        Integer c = columns.get(column);
        return c == null || row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)).strip();
    }

    private TransitionRefused error(int row, String column, String what) {
        return new TransitionRefused("ledger.error.cell", file, row, I18n.t(column), what);
    }
}
