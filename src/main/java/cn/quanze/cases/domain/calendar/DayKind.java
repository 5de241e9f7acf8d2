package cn.quanze.cases.domain.calendar;

/** What an official or local calendar entry makes of a day: 休 (day off) or 班 (调休 make-up working day). */
public enum DayKind {
    HOLIDAY, WORKDAY;

    public static DayKind fromMark(String mark) {
        return switch (mark.trim()) {
            case "休" -> HOLIDAY;
            case "班" -> WORKDAY;
            default -> throw new IllegalArgumentException(mark);
        };
    }
}
