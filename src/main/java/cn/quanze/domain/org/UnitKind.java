package cn.quanze.domain.org;

/** What kind of unit a department record is. */
public enum UnitKind {
    DEPARTMENT, SUBDISTRICT, TOWN, OFFICE
}
