package cn.quanze.cases.domain.calendar.planted;

/** Planted violation: the calendar domain using Jackson (only the lunar library is allowed). */
public final class JsonInCalendar {
    public com.fasterxml.jackson.databind.ObjectMapper mapper;
}
