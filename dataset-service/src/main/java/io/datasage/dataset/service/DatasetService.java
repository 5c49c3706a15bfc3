package io.datasage.dataset.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.storage.StorageLayout;
import io.datasage.dataset.DatasetStatus;
import io.datasage.dataset.messaging.OutboxRelay;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A user's datasets: lookups, profile and preview from the stored analysis, deletion. */
@ApplicationScoped
public class DatasetService {

    static final int MAX_PAGE_SIZE = 100;
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final DatasetRepository datasets;
    private final StoredFiles files;
    private final OutboxRelay relay;
    private final ObjectMapper mapper;

    public DatasetService(DatasetRepository datasets, StoredFiles files, OutboxRelay relay, ObjectMapper mapper) {
        this.datasets = datasets;
        this.files = files;
        this.relay = relay;
        this.mapper = mapper;
    }

    /** One page of the owner's datasets, newest first. */
    public List<DatasetEntity> list(String ownerId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE
                    + "; got page=" + page + ", size=" + size + ".");
        }
        return datasets.listAllWhereOwner(ownerId, page, size);
    }

    /** Number of datasets the owner has. */
    public long count(String ownerId) {
        return datasets.countByOwner(ownerId);
    }

    /** The dataset, or 404 when it does not exist or belongs to someone else. */
    public DatasetEntity get(String ownerId, String id) {
        return datasets.findByIdAndOwner(id, ownerId)
                .orElseThrow(() -> ProblemException.notFound("No dataset with id " + id + "."));
    }

    /** The stored profile of a READY dataset, or null before that. */
    public Map<String, Object> profile(DatasetEntity dataset) {
        if (dataset.status != DatasetStatus.READY || dataset.profilePath == null) {
            return null;
        }
        return readJson(files.resolve(dataset.profilePath));
    }

    /** The owner's dataset with its stored profile (null before READY). */
    public Viewed view(String ownerId, String id) {
        return latest(ownerId, get(ownerId, id), d -> new Viewed(d, profile(d)));
    }

    /**
     * What {@code read} gives of the dataset first looked up; when a replacement was promoted between that lookup and
     * the read and took the files of the version looked up, the record is looked up again: it names the new version.
     */
    public <T> T latest(String ownerId, DatasetEntity first, Function<DatasetEntity, T> read) {
        try {
            return read.apply(first);
        } catch (MissingOutputException e) {
            DatasetEntity now = get(ownerId, first.id);
            if (now.version == first.version) {
                throw e;
            }
            return read.apply(now);
        }
    }

    /** The first {@code rows} rows of a READY dataset: {@code columns} and {@code rows}. */
    public Preview preview(String ownerId, String id, int rows, int maxRows) {
        if (rows < 1 || rows > maxRows) {
            throw ProblemException.badRequest("rows must be between 1 and " + maxRows + "; got " + rows + ".");
        }
        return latest(ownerId, get(ownerId, id), d -> preview(d, rows));
    }

    @SuppressWarnings("unchecked")
    private Preview preview(DatasetEntity d, int rows) {
        String id = d.id;
        if (d.status == DatasetStatus.FAILED) {
            throw ProblemException.conflict(
                    "The dataset could not be analysed, so it has no preview: " + d.failureReason);
        }
        if (d.status != DatasetStatus.READY) {
            throw ProblemException.conflict("The dataset is " + d.status + " (" + d.percent
                    + "%); its preview is available once it is READY. Follow GET /api/datasets/" + id + "/events.");
        }
        Map<String, Object> stored = readJson(files.resolve(StorageLayout.preview(d.id, d.version)));
        List<Object> columns = (List<Object>) stored.getOrDefault("columns", List.of());
        List<Object> all = (List<Object>) stored.getOrDefault("rows", List.of());
        return new Preview(
                columns, all.subList(0, Math.min(rows, all.size())), d.rowCount == null ? all.size() : d.rowCount);
    }

    /**
     * Deletes the dataset's files now and its record once the deletion event is published. The record becomes a
     * tombstone in one conditional update, so no concurrent status change can bring it back.
     */
    public void delete(String ownerId, String id) {
        if (!datasets.markDeleted(id, ownerId, Instant.now())) {
            throw ProblemException.notFound("No dataset with id " + id + ".");
        }
        files.deleteDataset(id);
        relay.kick();
    }

    private Map<String, Object> readJson(Path path) {
        try {
            return mapper.readValue(Files.readAllBytes(path), JSON_OBJECT);
        } catch (NoSuchFileException e) {
            throw new MissingOutputException("analysis output is missing: " + path.getFileName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Preview rows with their column descriptions. */
    public record Preview(List<Object> columns, List<Object> rows, long totalRows) {}

    /** A dataset with its stored profile. */
    public record Viewed(DatasetEntity dataset, Map<String, Object> profile) {}

    /** A file the record names is not there: the version it belongs to was replaced and removed meanwhile. */
    static final class MissingOutputException extends IllegalStateException {
        MissingOutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
