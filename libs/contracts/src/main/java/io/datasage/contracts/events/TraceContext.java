package io.datasage.contracts.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** W3C {@code traceparent} values for the CloudEvents Distributed Tracing extension. */
public final class TraceContext {

    private static final String TRACEPARENT = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<String> VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private TraceContext() {}

    /** The current span's trace context, or null when nothing is being traced. */
    public static String currentTraceparent() {
        return traceparentOf(Context.current());
    }

    /** A context's trace context as a {@code traceparent} value, or null when it has no valid span. */
    public static String traceparentOf(Context context) {
        SpanContext span = Span.fromContext(context).getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The context a {@code traceparent} value describes, as the parent of new spans; the root context for null. */
    public static Context parentFrom(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3C.extract(Context.root(), traceparent, VALUE);
    }

    /** The trace id of a {@code traceparent} value (its second field), or null when malformed. */
    public static String traceId(String traceparent) {
        SpanContext span = Span.fromContext(parentFrom(traceparent)).getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
