package io.datasage.dataset.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.dataset.service.ProgressSignals;
import io.datasage.dataset.service.StatusService;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the analysis worker's progress, ready and failed events and updates the dataset records, then wakes the
 * progress streams of that dataset on this replica. A store
 * that is away is retried a bounded number of times by {@link StatusService}; an event that still cannot be
 * applied, or that is not a valid event, goes to the dead-letter topic and the partition moves on (a READY lost
 * that way is recovered by the reaper, which queues the dataset again and the worker announces its result anew).
 */
@ApplicationScoped
public class AnalysisEventsConsumer {

    private final StatusService status;
    private final ProgressSignals signals;
    private final ObjectMapper mapper;

    public AnalysisEventsConsumer(StatusService status, ProgressSignals signals, ObjectMapper mapper) {
        this.status = status;
        this.signals = signals;
        this.mapper = mapper;
    }

    @Incoming(Channels.ANALYSIS_EVENTS)
    @Blocking
    public void onEvent(String json) {
        String type = typeOf(json);
        if (EventTypes.DATASET_PROGRESS.equals(type)) {
            DatasetProgress progress =
                    EventCodec.read(json, DatasetProgress.class).data();
            status.progress(progress);
            signals.changed(progress.datasetId());
        } else if (EventTypes.DATASET_READY.equals(type)) {
            DatasetReady ready = EventCodec.read(json, DatasetReady.class).data();
            status.ready(ready);
            signals.changed(ready.datasetId());
        } else if (EventTypes.DATASET_FAILED.equals(type)) {
            DatasetFailed failed = EventCodec.read(json, DatasetFailed.class).data();
            status.failed(failed);
            signals.changed(failed.datasetId());
        } else {
            Log.warnf("Ignoring an event of unknown type %s", type);
        }
    }

    private String typeOf(String json) {
        try {
            JsonNode node = json == null ? null : mapper.readTree(json);
            JsonNode type = node == null ? null : node.get("type");
            if (type == null) {
                throw new IllegalArgumentException("not a CloudEvent: no 'type' attribute");
            }
            return type.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
