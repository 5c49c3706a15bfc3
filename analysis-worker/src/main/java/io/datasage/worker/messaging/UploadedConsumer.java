package io.datasage.worker.messaging;

import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.contracts.events.EventCodec;
import io.datasage.worker.service.AnalysisService;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Analyses each uploaded dataset. The offset is committed only after the outcome was published, so a worker
 * that dies mid-way leaves the message to be redelivered (at least once; the analysis is idempotent).
 */
@ApplicationScoped
public class UploadedConsumer {

    private final AnalysisService analysis;

    public UploadedConsumer(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Incoming(Channels.UPLOADED)
    @Blocking
    public void onUploaded(String json) {
        DatasetUploaded event;
        try {
            event = EventCodec.read(json, DatasetUploaded.class).data();
        } catch (IllegalArgumentException e) {
            Log.errorf("Skipping a malformed dataset.uploaded event (%s): %.300s", e.getMessage(), json);
            return;
        }
        analysis.analyse(event);
    }
}
