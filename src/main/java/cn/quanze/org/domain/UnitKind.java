package cn.quanze.org.domain;

/** What kind of unit a department record is. */
public enum UnitKind {
    DEPARTMENT, SUBDISTRICT, TOWN, OFFICE
}
