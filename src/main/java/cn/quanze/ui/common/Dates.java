package cn.quanze.ui.common;

import cn.quanze.core.i18n.I18n;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way a date typed into a form is read: 2026-12-31 (as the tables show it), 2026/12/31, 2026.12.31 and
 * 2026年12月31日, each also without leading zeros (2026/1/5, 2026年1月5日) and with full-width digits from a Chinese
 * input method. A date that does not exist (2026年2月30日) is refused, never moved to the next valid day.
 */
public final class Dates {
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");

    private Dates() {
    }

    /** The date {@code text} names; empty when it is blank or not a date. */
    public static Optional<LocalDate> parse(String text) {
        String t = normalize(text);
        Matcher m = SEPARATED.matcher(t);
        if (m.matches()) {
            return of(m.group(1), m.group(3), m.group(4));
        }
        m = CHINESE.matcher(t);
        return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /**
     * Why {@code text} typed into the field {@code field} is not a date, as a sentence naming the field; null when it
     * is a date or blank (whether a blank date is allowed is the form's rule).
     */
    public static String problem(String field, String text) {
        String t = normalize(text);
        if (t.isEmpty() || parse(t).isPresent()) {
            return null;
        }
        Matcher m = SEPARATED.matcher(t);
        String[] ymd = m.matches() ? new String[] {m.group(1), m.group(3), m.group(4)} : null;
        m = CHINESE.matcher(t);
        if (ymd == null && m.matches()) {
            ymd = new String[] {m.group(1), m.group(2), m.group(3)};
        }
        if (ymd != null) {
            // as strings: MessageFormat would write the year 2026 as "2,026"
            String year = ymd[0];
            String month = String.valueOf(Integer.parseInt(ymd[1]));
            String day = String.valueOf(Integer.parseInt(ymd[2]));
            int m1 = Integer.parseInt(month);
            return m1 < 1 || m1 > 12 ? I18n.t("date.noSuchMonth", field, text.strip(), month)
                    : I18n.t("date.noSuchDay", field, text.strip(), year, month, day);
        }
        return I18n.t("date.invalid", field, text.strip());
    }

    /** As the tables show a date: 2026-12-31; "" for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Trimmed, with full-width digits and separators (２０２６／１／５) made plain. */
    private static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '－' || c == '／' || c == '．') {
                sb.append((char) (c - '！' + '!'));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
