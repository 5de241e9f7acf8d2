package cn.quanze.core.domain;

/** 区 (district) or 街道/镇 (sub-district or town). */
public enum OfficeLevel {
    DISTRICT, SUBDISTRICT;

    public static OfficeLevel parse(String text) {
        return switch (text.trim().toLowerCase()) {
            case "district", "区" -> DISTRICT;
            case "subdistrict", "街道", "镇", "街道镇" -> SUBDISTRICT;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
