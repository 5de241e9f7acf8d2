package cn.quanze.org.files;

import cn.quanze.core.files.FieldSpec;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.domain.UnitMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a unit-list workbook (编码 名称 简称 别名 类别 上级单位 排序 电话 负责人 撤销日期): field keys, the header
 * texts published lists use for them, and how kinds, aliases, orders and dates are written in a cell. The export
 * writes {@link #LAYOUT} in this order, so export → import round-trips.
 */
public final class UnitColumns {
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String SHORT_NAME = "shortName";
    public static final String ALIASES = "aliases";
    public static final String KIND = "kind";
    public static final String PARENT = "parent";
    public static final String SORT_ORDER = "sortOrder";
    public static final String PHONE = "phone";
    public static final String HEAD = "head";
    public static final String RETIRED_ON = "retiredOn";

    public static final List<String> LAYOUT = List.of(CODE, NAME, SHORT_NAME, ALIASES, KIND, PARENT, SORT_ORDER, PHONE,
            HEAD, RETIRED_ON);

    /** Between aliases in one cell: 、 , ， ; ； / or a line break. */
    static final Pattern ALIAS_SEPARATOR = Pattern.compile("[、,，;；/／\\n]+");
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MDY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Map<String, UnitKind> KIND_NAMES = new LinkedHashMap<>();

    static {
        kinds(UnitKind.OFFICE, "机关", "本级", "本机关", "本单位", "机关本级", "办公室");
        kinds(UnitKind.DEPARTMENT, "部门", "委办局", "职能部门", "区级部门");
        kinds(UnitKind.SECTION, "内设科室", "科室", "内设机构", "科");
        kinds(UnitKind.CENTER, "中心", "服务中心", "事业单位");
        kinds(UnitKind.TEAM, "队", "执法队", "中队", "大队");
        kinds(UnitKind.COMMUNITY, "社区（村）", "社区", "村", "居民区", "居委会", "村委会", "居民委员会", "村民委员会");
        kinds(UnitKind.SUBDISTRICT, "街道", "街道办事处");
        kinds(UnitKind.TOWN, "镇", "乡镇", "乡", "镇人民政府");
    }

    private static void kinds(UnitKind kind, String... names) {
        for (String n : names) {
            KIND_NAMES.put(UnitMatcher.normalize(n), kind);
        }
    }

    private UnitColumns() {
    }

    /** Header label in the current language (the Chinese one is also a synonym, so either imports). */
    public static String label(String field) {
        return I18n.t(LABEL_KEYS.get(field));
    }

    private static final Map<String, String> LABEL_KEYS = Map.of(CODE, "units.excel.col.code",
            NAME, "units.excel.col.name", SHORT_NAME, "units.excel.col.shortName", ALIASES, "units.excel.col.aliases",
            KIND, "units.excel.col.kind", PARENT, "units.excel.col.parent", SORT_ORDER, "units.excel.col.sortOrder",
            PHONE, "units.excel.col.phone", HEAD, "units.excel.col.head", RETIRED_ON, "units.excel.col.retiredOn");

    public static List<FieldSpec> fields() {
        return List.of(
                spec(CODE, false, "编码", "单位编码", "机构编码", "单位代码", "机构代码", "代码"),
                spec(NAME, true, "名称", "单位名称", "机构名称", "部门名称", "单位全称", "全称"),
                spec(SHORT_NAME, false, "简称", "单位简称", "机构简称"),
                spec(ALIASES, false, "别名", "曾用名", "其他名称", "又称"),
                spec(KIND, false, "类别", "单位类别", "机构类别", "类型", "机构类型"),
                spec(PARENT, false, "上级单位", "上级", "上级机构", "上级部门", "所属单位", "隶属单位"),
                spec(SORT_ORDER, false, "排序", "排序号", "顺序"),
                spec(PHONE, false, "电话", "联系电话", "办公电话"),
                spec(HEAD, false, "负责人", "主要负责人", "单位负责人"),
                spec(RETIRED_ON, false, "撤销日期", "撤销时间", "撤并日期"));
    }

    private static FieldSpec spec(String key, boolean required, String... synonyms) {
        List<String> all = new ArrayList<>(List.of(synonyms));
        all.add(label(key));
        return new FieldSpec(key, label(key), all, required);
    }

    /**
     * A kind from its Chinese name (机关, 部门, 内设科室, 中心, 队, 社区（村）, 街道, 镇 and their synonyms), its label in
     * the current language or its identifier (DEPARTMENT...).
     */
    public static Optional<UnitKind> kind(String text) {
        String k = UnitMatcher.normalize(text);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        UnitKind named = KIND_NAMES.get(k);
        if (named != null) {
            return Optional.of(named);
        }
        for (UnitKind u : UnitKind.values()) {
            if (u.name().equals(k) || UnitMatcher.normalize(I18n.of(u)).equals(k)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The aliases in a cell. */
    public static List<String> aliases(String cell) {
        List<String> out = new ArrayList<>();
        for (String a : ALIAS_SEPARATOR.split(cell == null ? "" : cell)) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }

    public static String aliasesCell(List<String> aliases) {
        return String.join("、", aliases);
    }

    /** A date as offices write it: 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日, 12/31/26, or an Excel serial. */
    public static Optional<LocalDate> date(String cell) {
        String t = cell == null ? "" : java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFKC).strip();
        try {
            Matcher m = YMD.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = MDY.matcher(t);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(3));
                return Optional.of(LocalDate.of(y < 100 ? 2000 + y : y, Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            if (t.matches("\\d{5}(\\.0+)?")) {
                return Optional.of(EXCEL_EPOCH.plusDays((long) Double.parseDouble(t)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A sort order: a whole number (full-width digits too, 3.0 as Excel writes it). */
    public static Optional<Integer> order(String cell) {
        String t = java.text.Normalizer.normalize(cell == null ? "" : cell, java.text.Normalizer.Form.NFKC).strip();
        if (!t.matches("-?\\d{1,6}(\\.0+)?")) {
            return Optional.empty();
        }
        return Optional.of((int) Double.parseDouble(t));
    }
}
