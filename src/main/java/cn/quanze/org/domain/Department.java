package cn.quanze.org.domain;

/** A department or sub-district/town office that can implement powers and lead supervision items. */
public record Department(String id, String code, String name, String shortName, UnitKind kind, boolean demo) {
}
