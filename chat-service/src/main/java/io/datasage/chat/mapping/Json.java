package io.datasage.chat.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.chart.ChartSpec;
import java.util.Map;

/** JSON text stored in messages, to and from objects. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private Json() {}

    /** The object in {@code json}, or null. */
    public static Map<String, Object> object(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The chart spec in {@code json}, or null. */
    public static ChartSpec spec(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, ChartSpec.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** JSON text of a value. */
    public static String write(Object value) {
        try {
            return value == null ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
