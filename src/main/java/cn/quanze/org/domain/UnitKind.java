package cn.quanze.org.domain;

/**
 * What kind of unit a record is. The first four names are those stored before the tree (rows and sync files
 * still read); {@link #OFFICE} is the office itself (and, in the demo district, the 区 offices such as 区府办).
 */
public enum UnitKind {
    DEPARTMENT, SUBDISTRICT, TOWN, OFFICE, SECTION, CENTER, TEAM, COMMUNITY;

    /** A unit that is an office of its own (its code is the office code): a 街道 or 镇 in the district's list. */
    public boolean isOfficeLevel() {
        return this == SUBDISTRICT || this == TOWN;
    }
}
