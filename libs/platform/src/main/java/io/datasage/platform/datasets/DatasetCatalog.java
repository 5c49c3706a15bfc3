package io.datasage.platform.datasets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.datasage.contracts.events.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The READY datasets this service has already looked up, one entry per dataset with its version: the first request
 * asks dataset-service (which checks ownership), later requests of the same owner are answered from memory, so a
 * render or a question costs no HTTP hop. Any {@code dataset.*} event about a dataset that says its state moved on
 * (a new version uploaded, analysed or failed, or the dataset deleted) drops the entry.
 */
@ApplicationScoped
public class DatasetCatalog {

    private static final String EVENT_PREFIX = "io.datasage.dataset.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatasetsClient client;
    private final Cache<String, Known> known;
    // Bumped by every eviction: a lookup that started before one is not stored, as it may describe the old state.
    private final AtomicLong evictions = new AtomicLong();

    public DatasetCatalog(
            DatasetsClient client,
            @ConfigProperty(name = "datasage.dataset-catalog.size", defaultValue = "1000") long size) {
        this.client = client;
        this.known = Caffeine.newBuilder().maximumSize(size).build();
    }

    /** The owner's dataset; 404 when missing or someone else's, 409 when it is not READY. */
    public DatasetInfo requireReady(String datasetId, String ownerId, String bearerToken) {
        Known entry = known.getIfPresent(datasetId);
        if (entry != null && entry.ownerId().equals(ownerId)) {
            return entry.dataset();
        }
        long before = evictions.get();
        DatasetInfo dataset = client.requireReady(datasetId, bearerToken);
        if (evictions.get() == before) {
            known.put(datasetId, new Known(ownerId, dataset));
        }
        return dataset;
    }

    /**
     * Applies a {@code dataset.*} CloudEvent (JSON text): drops the dataset unless the event is progress or a repeat
     * of the {@code dataset.ready} of the version already known. Returns the id of the dataset whose state moved on
     * (so that the caller drops what it derived from it), or null.
     */
    public String apply(String eventJson) {
        JsonNode event;
        try {
            event = JSON.readTree(eventJson);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (event == null) {
            return null;
        }
        String type = event.path("type").asText("");
        JsonNode data = event.path("data");
        String datasetId = data.path("dataset_id").asText(null);
        if (datasetId == null || !type.startsWith(EVENT_PREFIX)) {
            return null;
        }
        Known entry = known.getIfPresent(datasetId);
        boolean repeat = entry != null
                && EventTypes.DATASET_READY.equals(type)
                && data.path("version").asInt(-1) == entry.dataset().version();
        if (repeat || EventTypes.DATASET_PROGRESS.equals(type)) {
            return null;
        }
        forget(datasetId);
        return datasetId;
    }

    /** Drops what is known of a dataset. */
    public void forget(String datasetId) {
        evictions.incrementAndGet();
        known.invalidate(datasetId);
    }

    /** Whether the dataset is known (for tests and diagnostics). */
    public boolean knows(String datasetId) {
        return known.getIfPresent(datasetId) != null;
    }

    private record Known(String ownerId, DatasetInfo dataset) {}
}
