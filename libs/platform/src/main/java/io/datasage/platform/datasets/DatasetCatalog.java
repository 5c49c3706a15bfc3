package io.datasage.platform.datasets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.storage.StorageLayout;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The READY datasets this service has already looked up, one entry per dataset with its version: the first request
 * asks dataset-service (which checks ownership), later requests of the same owner are answered from memory, so a
 * render or a question costs no HTTP hop. A {@code dataset.*} event that says the served version moved on (the
 * dataset deleted, another version READY) drops the entry; renders and answers derived from an entry are keyed by
 * its version. When the storage root is configured, a known version whose Arrow file is gone (a replacement became
 * current and removed it, and the event saying so has not arrived yet) is looked up again.
 */
@ApplicationScoped
public class DatasetCatalog {

    private static final String EVENT_PREFIX = "io.datasage.dataset.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<DatasetInfo.Column>> COLUMNS = new TypeReference<>() {};
    private static final TypeReference<List<String>> HINTS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> PROFILE = new TypeReference<>() {};

    private final DatasetsClient client;
    private final Optional<Path> storageRoot;
    private final Cache<String, Known> known;
    // Bumped by every eviction: a lookup that started before one is not stored, as it may describe the old state.
    private final AtomicLong evictions = new AtomicLong();

    public DatasetCatalog(
            DatasetsClient client,
            @ConfigProperty(name = "datasage.dataset-catalog.size", defaultValue = "1000") long size,
            @ConfigProperty(name = "datasage.dataset-catalog.storage-root") Optional<Path> storageRoot) {
        this.client = client;
        this.storageRoot = storageRoot.map(root -> root.toAbsolutePath().normalize());
        this.known = Caffeine.newBuilder().maximumSize(size).build();
    }

    /** The owner's dataset; 404 when missing or someone else's, 409 when it is not READY. */
    public DatasetInfo requireReady(String datasetId, String ownerId, String bearerToken) {
        Known entry = known.getIfPresent(datasetId);
        if (entry != null && entry.ownerId().equals(ownerId) && onDisk(entry.dataset())) {
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
     * The owner's READY dataset if this service already knows it, else null: no request to dataset-service, so that
     * a request thread that must not block (an event loop) can serve what is in memory and hand the rest on.
     */
    public DatasetInfo knownReady(String datasetId, String ownerId) {
        Known entry = datasetId == null ? null : known.getIfPresent(datasetId);
        return entry != null && entry.ownerId().equals(ownerId) && onDisk(entry.dataset()) ? entry.dataset() : null;
    }

    /**
     * Applies a {@code dataset.*} CloudEvent (JSON text). A dataset moves on when it is deleted or when a version
     * other than the known one becomes READY (a replaced file: the previous version's files are removed). A
     * replacement uploaded, analysed or failed keeps the served version, as does a repeated {@code dataset.ready};
     * an upload or failure of the known version itself (a dataset never served restarting) drops it. Returns the id
     * of the dataset that moved on (so that the caller drops what it derived from it), or null.
     */
    public String apply(String eventJson) {
        JsonNode event = parse(eventJson);
        return event == null ? null : movedOn(event);
    }

    /**
     * What a {@code dataset.*} event changes for a service that keeps Arrow files open: the dataset that moved on
     * (see {@link #apply}) with its folder under the storage root, whose files are gone or superseded, and the Arrow
     * file of a dataset just learnt (see {@link #learn}); the event is read once for both.
     */
    public Followed follow(String eventJson, Duration fresh) {
        JsonNode event = parse(eventJson);
        if (event == null) {
            return new Followed(null, null, null);
        }
        String movedOn = movedOn(event);
        return new Followed(movedOn, folderOf(movedOn), learn(event, fresh));
    }

    /** The dataset's folder under the storage root, or null (no root, no id, or an id that names no folder). */
    private Path folderOf(String datasetId) {
        try {
            return datasetId == null || storageRoot.isEmpty()
                    ? null
                    : storageRoot.get().resolve(StorageLayout.datasetDir(datasetId));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** See {@link #follow}; each part null when the event did not call for it. */
    public record Followed(String movedOn, Path movedOnFolder, Path learntArrowFile) {}

    private static JsonNode parse(String eventJson) {
        try {
            return JSON.readTree(eventJson);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private String movedOn(JsonNode event) {
        String type = event.path("type").asText("");
        JsonNode data = event.path("data");
        String datasetId = data.path("dataset_id").asText(null);
        if (datasetId == null || !type.startsWith(EVENT_PREFIX)) {
            return null;
        }
        Known entry = known.getIfPresent(datasetId);
        int served = entry == null ? -1 : entry.dataset().version();
        int version = data.path("version").asInt(-1);
        boolean movedOn;
        switch (type) {
            case EventTypes.DATASET_DELETED -> movedOn = true;
            case EventTypes.DATASET_READY -> movedOn = version != served;
            case EventTypes.DATASET_UPLOADED, EventTypes.DATASET_FAILED ->
                movedOn = entry != null && (version < 0 || version <= served);
            default -> movedOn = false;
        }
        if (!movedOn) {
            return null;
        }
        forget(datasetId);
        return datasetId;
    }

    /**
     * Learns a dataset from a {@code dataset.ready} event sent within {@code maxAge}: its owner, version, columns
     * and the profile the worker wrote next to the Arrow file, as dataset-service would describe them, so that the
     * owner's first chart or question needs no lookup. Returns the version's Arrow file (to open ahead of the first
     * chart), or null when the event is no such event, too old (a new instance reads the topic from its start; a
     * restart must not read every dataset there is), or its files are not under the storage root.
     */
    public Path learn(String eventJson, Duration maxAge) {
        JsonNode event = parse(eventJson);
        return event == null ? null : learn(event, maxAge);
    }

    private Path learn(JsonNode event, Duration maxAge) {
        if (storageRoot.isEmpty()
                || !EventTypes.DATASET_READY.equals(event.path("type").asText())) {
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(event.path("time").asText());
            JsonNode data = event.path("data");
            String id = data.path("dataset_id").asText(null);
            String ownerId = data.path("owner_id").asText(null);
            int version = data.path("version").asInt(-1);
            if (time.isBefore(OffsetDateTime.now().minus(maxAge)) || id == null || ownerId == null || version < 1) {
                return null;
            }
            // Where the worker writes a version's files (StorageLayout checks the id), not paths the event names.
            Path arrow = storageRoot.get().resolve(StorageLayout.arrow(id, version));
            Path profileFile = storageRoot.get().resolve(StorageLayout.profile(id, version));
            if (!Files.isRegularFile(arrow)) {
                return null;
            }
            DatasetInfo dataset = new DatasetInfo(
                    id,
                    data.path("name").asText(null),
                    data.path("description").asText(null),
                    "READY",
                    version,
                    data.path("row_count").asLong(),
                    data.path("column_count").asInt(),
                    JSON.convertValue(data.path("columns"), COLUMNS),
                    JSON.convertValue(data.path("domain_hints"), HINTS),
                    time.toInstant(),
                    JSON.readValue(profileFile.toFile(), PROFILE),
                    data.path("original_filename").asText(null),
                    data.path("format").asText(null));
            Known current = known.getIfPresent(id);
            if (current == null || current.dataset().version() < version) {
                known.put(id, new Known(ownerId, dataset));
            }
            return arrow;
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            // Learning is an optimisation: the first lookup asks dataset-service as before.
            return null;
        }
    }

    private boolean onDisk(DatasetInfo dataset) {
        return storageRoot.isEmpty() || Files.isRegularFile(storageRoot.get().resolve(dataset.arrowPath()));
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
