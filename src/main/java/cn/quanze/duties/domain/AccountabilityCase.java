package cn.quanze.duties.domain;

/**
 * 追责情形: one numbered case of "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任",
 * with the legal basis for holding someone accountable.
 */
public record AccountabilityCase(int number, String text, String basis) {
    /** The sentence that introduces the numbered cases in published catalogs. */
    public static final String PREAMBLE = "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：";
}
