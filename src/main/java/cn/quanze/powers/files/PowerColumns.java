package cn.quanze.powers.files;

import cn.quanze.core.files.FieldSpec;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.core.i18n.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a power-list workbook: field keys, the header synonyms found in published lists, and how the
 * nested parts (依据, 裁量基准, 流程) are written to and read from one cell, one entry per line. The full export
 * writes {@link #LAYOUT} in this order so that export → import round-trips.
 */
public final class PowerColumns {
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String SUB_NAME = "subName";
    public static final String PARENT_CODE = "parentCode";
    public static final String TYPE = "type";
    public static final String BASES = "bases";
    public static final String DEPARTMENT = "department";
    public static final String OFFICE = "office";
    public static final String LEVEL = "level";
    public static final String LEGAL_LIMIT = "legalLimit";
    public static final String PROMISED_LIMIT = "promisedLimit";
    public static final String FEE_BASIS = "feeBasis";
    public static final String FEE_STANDARD = "feeStandard";
    public static final String DISCRETION = "discretion";
    public static final String STEPS = "steps";
    public static final String CONDITIONS = "conditions";
    public static final String MATERIALS = "materials";
    public static final String LOCATION = "location";
    public static final String HOURS = "hours";
    public static final String PHONE = "phone";
    public static final String SUPERVISION_PHONE = "supervisionPhone";
    public static final String STATUS = "status";
    public static final String REMARKS = "remarks";

    /** Every field in the order of the full export (the import layout). */
    public static final List<String> LAYOUT = List.of(CODE, NAME, SUB_NAME, PARENT_CODE, TYPE, BASES, DEPARTMENT,
            OFFICE, LEVEL, LEGAL_LIMIT, PROMISED_LIMIT, FEE_BASIS, FEE_STANDARD, DISCRETION, STEPS, CONDITIONS,
            MATERIALS, LOCATION, HOURS, PHONE, SUPERVISION_PHONE, STATUS, REMARKS);

    private static final Pattern BASIS = Pattern.compile(
            "^(《[^》]*》(?:[（(][^）)]*[）)])?)?\\s*([^：:]*?)\\s*(?:[：:]\\s*(.*))?$",
            Pattern.DOTALL);
    private static final String SEPARATOR = " | ";

    private PowerColumns() {
    }

    /** Header label in the current language (the Chinese one is also a synonym, so either imports). */
    public static String label(String field) {
        return I18n.t(LABEL_KEYS.get(field));
    }

    private static final Map<String, String> LABEL_KEYS = Map.ofEntries(
            Map.entry(CODE, "powers.excel.col.code"), Map.entry(NAME, "powers.excel.col.name"),
            Map.entry(SUB_NAME, "powers.excel.col.subName"),
            Map.entry(PARENT_CODE, "powers.excel.col.parentCode"),
            Map.entry(TYPE, "powers.excel.col.type"), Map.entry(BASES, "powers.excel.col.bases"),
            Map.entry(DEPARTMENT, "powers.excel.col.department"),
            Map.entry(OFFICE, "powers.excel.col.office"), Map.entry(LEVEL, "powers.excel.col.level"),
            Map.entry(LEGAL_LIMIT, "powers.excel.col.legalLimit"),
            Map.entry(PROMISED_LIMIT, "powers.excel.col.promisedLimit"),
            Map.entry(FEE_BASIS, "powers.excel.col.feeBasis"),
            Map.entry(FEE_STANDARD, "powers.excel.col.feeStandard"),
            Map.entry(DISCRETION, "powers.excel.col.discretion"),
            Map.entry(STEPS, "powers.excel.col.steps"),
            Map.entry(CONDITIONS, "powers.excel.col.conditions"),
            Map.entry(MATERIALS, "powers.excel.col.materials"),
            Map.entry(LOCATION, "powers.excel.col.location"), Map.entry(HOURS, "powers.excel.col.hours"),
            Map.entry(PHONE, "powers.excel.col.phone"),
            Map.entry(SUPERVISION_PHONE, "powers.excel.col.supervisionPhone"),
            Map.entry(STATUS, "powers.excel.col.status"), Map.entry(REMARKS, "powers.excel.col.remarks"));

    public static List<FieldSpec> fields() {
        return List.of(
                spec(CODE, false, "职权编码", "项目编码", "事项编码", "权力编码", "编码", "基本编码"),
                spec(NAME, true, "事项名称", "权责事项名称", "职权名称", "权力名称", "权力事项名称", "主项名称", "项目名称", "权责事项"),
                spec(SUB_NAME, false, "子项名称", "子项", "子项事项名称"),
                spec(PARENT_CODE, false, "主项编码", "父项编码"),
                spec(TYPE, true, "职权类型", "权力类型", "权力类别", "事项类型", "职权类别", "类别", "类型"),
                spec(BASES, false, "实施依据", "设定依据", "法律依据", "依据"),
                spec(DEPARTMENT, true, "实施主体", "行使主体", "责任主体", "实施部门"),
                spec(OFFICE, false, "承办机构", "责任科室", "内设机构", "承办科室"),
                spec(LEVEL, false, "实施层级", "行使层级", "层级"),
                spec(LEGAL_LIMIT, false, "法定时限", "法定办结时限", "法定期限"),
                spec(PROMISED_LIMIT, false, "承诺时限", "承诺办结时限", "承诺期限"),
                spec(FEE_BASIS, false, "收费依据", "收费依据及标准", "收费"),
                spec(FEE_STANDARD, false, "收费标准"),
                spec(DISCRETION, false, "裁量基准", "自由裁量基准", "裁量标准"),
                spec(STEPS, false, "运行流程", "办理流程", "流程"),
                spec(CONDITIONS, false, "申请条件", "受理条件"),
                spec(MATERIALS, false, "申请材料", "申报材料"),
                spec(LOCATION, false, "办理地点", "受理地点"),
                spec(HOURS, false, "办理时间", "受理时间"),
                spec(PHONE, false, "咨询电话", "咨询方式"),
                spec(SUPERVISION_PHONE, false, "监督电话", "投诉电话", "监督投诉电话"),
                spec(STATUS, false, "状态", "事项状态"),
                spec(REMARKS, false, "备注"));
    }

    private static FieldSpec spec(String key, boolean required, String... synonyms) {
        List<String> all = new ArrayList<>(List.of(synonyms));
        all.add(label(key));
        return new FieldSpec(key, label(key), all, required);
    }

    public static String basesCell(List<PowerItem.LegalBasis> bases) {
        List<String> lines = new ArrayList<>();
        for (PowerItem.LegalBasis b : bases) {
            String head = nz(b.law()) + nz(b.article());
            lines.add(b.text() == null || b.text().isBlank() ? head : head + "：" + b.text().replace('\n', ' '));
        }
        return String.join("\n", lines);
    }

    public static List<PowerItem.LegalBasis> parseBases(String cell) {
        List<PowerItem.LegalBasis> out = new ArrayList<>();
        for (String line : lines(cell)) {
            Matcher m = BASIS.matcher(line);
            if (m.matches() && m.group(1) != null) {
                out.add(new PowerItem.LegalBasis(m.group(1), blankToNull(m.group(2)), blankToNull(m.group(3))));
            } else {
                out.add(new PowerItem.LegalBasis(line, null, null));
            }
        }
        return out;
    }

    public static String discretionCell(List<PowerItem.DiscretionRule> rules) {
        return String.join("\n", rules.stream().map(r -> String.join(SEPARATOR, nz(r.circumstance()), nz(r.severity()),
                nz(r.range()), nz(r.unit()))).toList());
    }

    public static List<PowerItem.DiscretionRule> parseDiscretion(String cell) {
        return lines(cell).stream().map(line -> {
            String[] p = parts(line, 4);
            return new PowerItem.DiscretionRule(p[0], blankToNull(p[1]), blankToNull(p[2]), blankToNull(p[3]));
        }).toList();
    }

    public static String stepsCell(List<PowerItem.ProcessStep> steps) {
        return String.join("\n", steps.stream().map(s -> String.join(SEPARATOR, nz(s.name()), nz(s.post()),
                s.limitDays() == null ? "" : s.limitDays().toString())).toList());
    }

    /** Steps, one per line as {@code 名称 | 岗位 | 时限}; a limit that is no number yields an empty result. */
    public static Optional<List<PowerItem.ProcessStep>> parseSteps(String cell) {
        List<PowerItem.ProcessStep> out = new ArrayList<>();
        for (String line : lines(cell)) {
            String[] p = parts(line, 3);
            Integer days = null;
            if (!p[2].isBlank()) {
                Optional<Integer> d = parseDays(p[2]);
                if (d.isEmpty()) {
                    return Optional.empty();
                }
                days = d.get();
            }
            out.add(new PowerItem.ProcessStep(p[0], blankToNull(p[1]), days));
        }
        return Optional.of(out);
    }

    /** Steps as a simple text flow chart (① 受理（窗口受理岗，1 个工作日） ↓ ...) for exports that are read. */
    public static String stepsChart(List<PowerItem.ProcessStep> steps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            PowerItem.ProcessStep s = steps.get(i);
            if (i > 0) {
                sb.append("\n    ↓\n");
            }
            sb.append((char) ('①' + Math.min(i, 19))).append(' ').append(nz(s.name()));
            String post = nz(s.post());
            String limit = s.limitDays() == null ? "" : I18n.t("common.workdays", s.limitDays());
            if (!post.isEmpty() || !limit.isEmpty()) {
                sb.append("（").append(post).append(!post.isEmpty() && !limit.isEmpty() ? "，" : "").append(limit)
                        .append("）");
            }
        }
        return sb.toString();
    }

    /**
     * Working days from a cell: "20", "20个工作日", "20 工作日", "２０"; empty, 即办, 无 and 无法定时限 mean no limit
     * (Optional of null is not possible, so callers test {@link #isNoLimit} first).
     */
    public static Optional<Integer> parseDays(String cell) {
        String t = normalizeDigits(cell).replaceAll("\\s", "").replaceAll("(个)?(工作)?日$|天$", "");
        if (t.matches("\\d{1,4}")) {
            return Optional.of(Integer.parseInt(t));
        }
        if (t.matches("\\d{1,4}\\.0+")) {
            return Optional.of(Integer.parseInt(t.substring(0, t.indexOf('.'))));
        }
        return Optional.empty();
    }

    public static boolean isNoLimit(String cell) {
        String t = cell == null ? "" : cell.replaceAll("\\s", "");
        return t.isEmpty() || t.equals("即办") || t.equals("无") || t.equals("无法定时限") || t.equals("/") || t.equals("-")
                || t.equals("即办件");
    }

    public static String daysCell(Integer days) {
        return days == null ? "" : days.toString();
    }

    static String normalizeDigits(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            sb.append(ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : ch);
        }
        return sb.toString();
    }

    private static String[] parts(String line, int n) {
        String[] raw = line.split("\\s*[|｜]\\s*", n);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < raw.length ? raw[i].trim() : "";
        }
        return out;
    }

    static List<String> lines(String cell) {
        if (cell == null) {
            return List.of();
        }
        return cell.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
