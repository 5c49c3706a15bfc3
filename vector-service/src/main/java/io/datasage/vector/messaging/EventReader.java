package io.datasage.vector.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.datasage.contracts.events.CloudEvent;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads CloudEvents (structured JSON, snake_case); an unreadable one is logged and reported as empty. */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper mapper;

    public EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The event's payload, or empty (and a warning) when the record is not a readable event of that type. */
    public <T> Optional<T> payload(String json, Class<T> type, String topic) {
        if (json == null || json.isBlank()) {
            Log.warnf("Skipping an empty record on %s", topic);
            return Optional.empty();
        }
        JavaType eventType = mapper.getTypeFactory().constructParametricType(CloudEvent.class, type);
        ObjectReader reader = mapper.readerFor(eventType).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            CloudEvent<T> event = reader.readValue(json);
            if (event == null || event.data() == null) {
                Log.warnf("Skipping a record on %s without 'data': %s", topic, abbreviate(json));
                return Optional.empty();
            }
            return Optional.of(event.data());
        } catch (JsonProcessingException e) {
            Log.warnf("Skipping an unreadable record on %s (%s): %s", topic, e.getOriginalMessage(), abbreviate(json));
            return Optional.empty();
        }
    }

    private static String abbreviate(String json) {
        return json.length() > 200 ? json.substring(0, 200) + "..." : json;
    }
}
