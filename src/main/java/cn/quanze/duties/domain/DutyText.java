package cn.quanze.duties.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cell text of the published one-table layout: 责任事项 as "1.受理责任：…（依据：…）" lines and 追责情形 as the
 * standard preamble followed by "1.…（依据：…）" lines. {@link #parseStages} and {@link #parseCases} read what
 * {@link #stages} and {@link #cases} write, and also the common variants (、 or ． after the number, no basis).
 */
public final class DutyText {
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[（(]\\d+[)）]|\\d+\\s*[.．、])\\s*(.*)$");
    private static final Pattern STAGE = Pattern.compile("^(.{1,8}?)(?:责任)?\\s*[：:]\\s*(.*)$", Pattern.DOTALL);
    private static final String BASIS_OPEN = "（依据：";

    private DutyText() {
    }

    /** One parsed line that could not be read, with the 1-based line number within the cell. */
    public record Problem(int line, String text) {
    }

    public static String stages(List<Duty.StageDuty> stages) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (Duty.StageDuty s : stages) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(n++).append('.').append(s.stage().dutyName()).append('：').append(s.content()).append(basis(s.basis()));
        }
        return sb.toString();
    }

    public static String cases(List<AccountabilityCase> cases) {
        if (cases.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(AccountabilityCase.PREAMBLE);
        for (AccountabilityCase c : cases) {
            sb.append('\n').append(c.number()).append('.').append(c.text()).append(basis(c.basis()));
        }
        return sb.toString();
    }

    private static String basis(String basis) {
        return basis == null || basis.isBlank() ? "" : BASIS_OPEN + basis + "）";
    }

    /** Parsed 责任事项 lines; lines that do not start a numbered stage continue the previous one. */
    public static List<Duty.StageDuty> parseStages(String cell, List<Problem> problems) {
        List<Duty.StageDuty> out = new ArrayList<>();
        List<String> entries = entries(cell, false, problems);
        int line = 0;
        for (String e : entries) {
            line++;
            Matcher m = STAGE.matcher(e);
            Optional<DutyStage> stage = m.matches() ? DutyStage.fromOfficialName(m.group(1)) : Optional.empty();
            if (stage.isEmpty()) {
                problems.add(new Problem(line, e));
                continue;
            }
            String[] cb = splitBasis(m.group(2));
            out.add(new Duty.StageDuty(stage.get(), cb[0], cb[1]));
        }
        return out;
    }

    /** Parsed 追责情形, renumbered from 1 in the order written; the preamble is dropped. */
    public static List<AccountabilityCase> parseCases(String cell, List<Problem> problems) {
        List<AccountabilityCase> out = new ArrayList<>();
        for (String e : entries(cell, true, problems)) {
            String[] cb = splitBasis(e);
            out.add(new AccountabilityCase(out.size() + 1, cb[0], cb[1]));
        }
        return out;
    }

    private static List<String> entries(String cell, boolean skipPreamble, List<Problem> problems) {
        List<String> entries = new ArrayList<>();
        if (cell == null) {
            return entries;
        }
        int lineNo = 0;
        for (String raw : cell.replace("\r", "").split("\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || (skipPreamble && entries.isEmpty() && line.startsWith("因不履行或不正确履行"))) {
                continue;
            }
            Matcher m = NUMBERED.matcher(line);
            if (m.matches() && !m.group(1).isEmpty()) {
                entries.add(m.group(1).strip());
            } else if (!entries.isEmpty()) {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + "\n" + line);
            } else {
                problems.add(new Problem(lineNo, line));
            }
        }
        return entries;
    }

    private static String[] splitBasis(String text) {
        String t = text.strip();
        int at = t.lastIndexOf(BASIS_OPEN);
        if (at >= 0 && (t.endsWith("）") || t.endsWith(")"))) {
            return new String[] {t.substring(0, at).strip(), t.substring(at + BASIS_OPEN.length(), t.length() - 1).strip()};
        }
        return new String[] {t, null};
    }
}
