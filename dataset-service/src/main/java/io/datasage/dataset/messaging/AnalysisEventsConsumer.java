package io.datasage.dataset.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.dataset.service.StatusService;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follows the analysis worker's progress, ready and failed events and updates the dataset records. */
@ApplicationScoped
public class AnalysisEventsConsumer {

    private final StatusService status;
    private final ObjectMapper mapper;

    public AnalysisEventsConsumer(StatusService status, ObjectMapper mapper) {
        this.status = status;
        this.mapper = mapper;
    }

    @Incoming(Channels.ANALYSIS_EVENTS)
    @Blocking
    public void onEvent(String json) throws InterruptedException {
        // The store may be briefly unreachable: retry in place (keeping the partition's order) instead of
        // skipping the event; only a malformed event is skipped.
        long backoff = 200;
        while (true) {
            try {
                apply(json);
                return;
            } catch (IllegalArgumentException e) {
                Log.errorf("Skipping a malformed analysis event (%s): %.300s", e.getMessage(), json);
                return;
            } catch (RuntimeException e) {
                Log.warnf("Could not apply an analysis event, retrying in %d ms: %s", backoff, e.getMessage());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private void apply(String json) {
        String type = typeOf(json);
        if (EventTypes.DATASET_PROGRESS.equals(type)) {
            status.progress(EventCodec.read(json, DatasetProgress.class).data());
        } else if (EventTypes.DATASET_READY.equals(type)) {
            status.ready(EventCodec.read(json, DatasetReady.class).data());
        } else if (EventTypes.DATASET_FAILED.equals(type)) {
            status.failed(EventCodec.read(json, DatasetFailed.class).data());
        } else {
            Log.warnf("Ignoring an event of unknown type %s", type);
        }
    }

    private String typeOf(String json) {
        try {
            JsonNode node = mapper.readTree(json);
            JsonNode type = node == null ? null : node.get("type");
            if (type == null) {
                throw new IllegalArgumentException("no 'type' attribute");
            }
            return type.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
