package cn.quanze.supervision.domain.planted;

/** Planted violation: a domain type outside the calendar using the lunar library. */
public final class LunarOutsideCalendar {
    public com.nlf.calendar.Solar today;
}
