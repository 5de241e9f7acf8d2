package cn.quanze.core.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The one Jackson configuration: canonical output (sorted keys), ISO dates, tolerant of unknown fields. */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Canonical JSON of a row: keys sorted, values already normalised by {@link Row}. */
    public static String canonical(Row row) {
        return write(new TreeMap<>(row.values()));
    }

    public static Row rowOf(String json) {
        try {
            Map<String, Object> map = MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
            Row row = new Row();
            map.forEach(row::put);
            return row;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a row: " + e.getOriginalMessage(), e);
        }
    }

    /** A list column stored as JSON text; null and empty lists are stored as null. */
    public static String listColumn(List<?> list) {
        return list == null || list.isEmpty() ? null : write(list);
    }

    public static <T> List<T> readList(String json, Class<T> element) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, MAPPER.getTypeFactory().constructCollectionType(List.class, element));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    public static String objectColumn(Object value) {
        return value == null ? null : write(value);
    }

    public static <T> T readObject(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
