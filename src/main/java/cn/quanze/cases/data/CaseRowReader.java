package cn.quanze.cases.data;

import cn.quanze.core.files.HeaderMatch;
import cn.quanze.core.i18n.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the typed fields of one ledger row, recording each problem with file, sheet, row and field. */
public final class CaseRowReader {
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?.*");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yy");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private final String file;
    private final HeaderMatch match;
    private final int row;
    private final List<String> problems;

    public CaseRowReader(String file, HeaderMatch match, int row, List<String> problems) {
        this.file = file;
        this.match = match;
        this.row = row;
        this.problems = problems;
    }

    public int problemCount() {
        return problems.size();
    }

    public void problem(String field, String what) {
        String label = CaseImport.FIELDS.stream().filter(f -> f.key().equals(field)).findFirst().orElseThrow().label();
        problems.add(I18n.t("cases.import.issue", file, match.sheet().name(), row + 1, label, what));
    }

    public String text(String field) {
        return match.value(row, field);
    }

    public Integer number(String field) {
        String t = text(field).replace("个工作日", "").replace("工作日", "").replace("天", "").trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int n = new java.math.BigDecimal(t).intValueExact();
            if (n < 0) {
                throw new ArithmeticException();
            }
            return n;
        } catch (NumberFormatException | ArithmeticException e) {
            problem(field, I18n.t("cases.import.badNumber", t));
            return null;
        }
    }

    public LocalDate date(String field, boolean required) {
        String t = text(field);
        if (t.isEmpty()) {
            if (required) {
                problem(field, I18n.t("cases.import.missing"));
            }
            return null;
        }
        LocalDate d = parseDate(t);
        if (d == null) {
            problem(field, I18n.t("cases.import.badDate", t));
        }
        return d;
    }

    static LocalDate parseDate(String t) {
        try {
            Matcher m = YMD.matcher(t.trim());
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (t.matches("\\d{5}(\\.\\d+)?")) {
                return EXCEL_EPOCH.plusDays((long) Double.parseDouble(t));
            }
            return LocalDate.parse(t.trim(), US);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
