package io.datasage.chat.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.chat.service.OfferedSuggestion;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import java.util.Map;

/** JSON text stored in messages, to and from objects. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final TypeReference<List<OfferedSuggestion>> SUGGESTIONS = new TypeReference<>() {};

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

    /** The suggestions in {@code json}; empty when none were offered (or stored before suggestions existed). */
    public static List<OfferedSuggestion> suggestions(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.copyOf(MAPPER.readValue(json, SUGGESTIONS));
        } catch (JsonProcessingException e) {
            return List.of();
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
