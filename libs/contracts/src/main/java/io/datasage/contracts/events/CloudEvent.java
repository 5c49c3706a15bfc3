package io.datasage.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the attributes at the top level, the payload under
 * {@code data}. {@code traceparent} is the Distributed Tracing extension: the W3C trace context of the work that
 * caused the event, so that a trace continues across Kafka; absent when nothing was traced.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        String traceparent,
        T data) {

    /** The only spec version produced. */
    public static final String SPEC_VERSION = "1.0";

    /**
     * A new event with a random id, the current time and a JSON payload about {@code subject}, in the trace of the
     * current span if there is one.
     */
    public static <T> CloudEvent<T> of(String source, String type, String subject, T data) {
        return new CloudEvent<>(
                SPEC_VERSION,
                UUID.randomUUID().toString(),
                source,
                type,
                subject,
                OffsetDateTime.now(ZoneOffset.UTC),
                "application/json",
                "https://datasage.io/schemas/events/" + type.substring("io.datasage.".length()) + ".json",
                TraceContext.currentTraceparent(),
                data);
    }

    /** The same event carrying another trace context (null drops it). */
    public CloudEvent<T> withTraceparent(String value) {
        return new CloudEvent<>(specversion, id, source, type, subject, time, datacontenttype, dataschema, value, data);
    }
}
