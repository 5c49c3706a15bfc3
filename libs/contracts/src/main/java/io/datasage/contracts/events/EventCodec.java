package io.datasage.contracts.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Reads and writes CloudEvents as JSON text, the same way in every service and for outside consumers. */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventCodec() {}

    /** JSON text of an event. */
    public static String write(CloudEvent<?> event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses an event whose {@code data} is a {@code payloadType}; unknown properties are ignored. */
    public static <T> CloudEvent<T> read(String json, Class<T> payloadType) {
        JavaType type = MAPPER.getTypeFactory().constructParametricType(CloudEvent.class, payloadType);
        try {
            CloudEvent<T> event = MAPPER.readValue(json, type);
            if (event == null || event.data() == null) {
                throw new IllegalArgumentException("event has no data");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid event: " + e.getOriginalMessage(), e);
        }
    }
}
