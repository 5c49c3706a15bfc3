package io.datasage.contracts.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates event JSON against the published JSON Schemas in {@code schemas/events/}. */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /** Violations of the schema for {@code topic}; empty when the JSON is a valid event. */
    public static List<String> violations(String topic, String json) {
        return schemaFor(topic).validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    /** The schema of a topic, e.g. {@code datasage.dataset.ready} -> {@code schemas/events/dataset.ready.json}. */
    static Schema schemaFor(String topic) {
        return CACHE.computeIfAbsent(topic, t -> {
            String resource = "/schemas/events/" + t.substring("datasage.".length()) + ".json";
            try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no schema for topic " + t + " (looked for " + resource + ")");
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
