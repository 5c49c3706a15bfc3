package io.datasage.worker.messaging;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.TraceContext;
import io.datasage.worker.service.AnalysisService;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Analyses each uploaded dataset. The offset is committed only after the outcome was published, so a worker
 * that dies mid-way leaves the message to be redelivered (at least once; the analysis is idempotent). The analysis
 * runs in the trace of the upload (the event's {@code traceparent}), and so do the events it publishes. A record
 * that is not an upload event, or whose analysis cannot even start after retries (an unusable storage root), goes
 * to the dead-letter topic and the partition moves on.
 */
@ApplicationScoped
public class UploadedConsumer {

    private final AnalysisService analysis;
    private final Tracer tracer;

    public UploadedConsumer(AnalysisService analysis, Tracer tracer) {
        this.analysis = analysis;
        this.tracer = tracer;
    }

    @Incoming(Channels.UPLOADED)
    @Blocking
    public void onUploaded(String json) {
        // A record that is not an upload event throws here, and is parked in the dead-letter topic.
        CloudEvent<DatasetUploaded> event = EventCodec.read(json, DatasetUploaded.class);
        if (event.data() == null
                || event.data().datasetId() == null
                || event.data().rawPath() == null) {
            throw new IllegalArgumentException("not a dataset.uploaded event: no dataset_id or raw_path");
        }
        Span span = tracer.spanBuilder("analyse dataset")
                .setParent(TraceContext.parentFrom(event.traceparent()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("datasage.dataset.id", event.data().datasetId())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            analysis.analyse(event.data());
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
