package io.datasage.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

/** Events carry the trace they were produced in, in the CloudEvents traceparent extension, and nothing otherwise. */
class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void anEventProducedInASpanCarriesItsTraceContext() {
        SpanContext context = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        String json;
        try (Scope ignored = Span.wrap(context).makeCurrent()) {
            json = EventCodec.write(
                    CloudEvent.of("/test", EventTypes.DATASET_DELETED, "d1", new DatasetDeleted("d1", "u1")));
        }
        assertThat(json).contains("\"traceparent\":\"00-" + TRACE + "-" + SPAN + "-01\"");
        assertThat(EventSchemas.violations(Topics.DATASET_DELETED, json)).isEmpty();
        CloudEvent<DatasetDeleted> read = EventCodec.read(json, DatasetDeleted.class);
        assertThat(TraceContext.traceId(read.traceparent())).isEqualTo(TRACE);
        assertThat(Span.fromContext(TraceContext.parentFrom(read.traceparent()))
                        .getSpanContext()
                        .getSpanId())
                .isEqualTo(SPAN);
    }

    @Test
    void anEventProducedOutsideATraceHasNoTraceparent() {
        String json = EventCodec.write(
                CloudEvent.of("/test", EventTypes.DATASET_DELETED, "d1", new DatasetDeleted("d1", "u1")));
        assertThat(json).doesNotContain("traceparent");
        assertThat(TraceContext.parentFrom(null)).isNotNull();
        assertThat(TraceContext.traceId("not-a-traceparent")).isNull();
    }

    @Test
    void theSchemaRejectsAMalformedTraceparent() {
        String json = EventCodec.write(
                CloudEvent.of("/test", EventTypes.DATASET_DELETED, "d1", new DatasetDeleted("d1", "u1"))
                        .withTraceparent("00-xyz"));
        assertThat(EventSchemas.violations(Topics.DATASET_DELETED, json)).isNotEmpty();
    }
}
