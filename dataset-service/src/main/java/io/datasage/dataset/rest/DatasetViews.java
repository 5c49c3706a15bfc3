package io.datasage.dataset.rest;

import io.datasage.dataset.DatasetStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Response bodies of the dataset endpoints. */
public final class DatasetViews {

    private DatasetViews() {}

    /** A dataset as the API shows it; {@code profile} is present once READY and asked for. */
    public record Dataset(
            String id,
            String name,
            String description,
            String originalFilename,
            String format,
            long sizeBytes,
            String sha256,
            DatasetStatus status,
            int version,
            Progress progress,
            String failureReason,
            Long rowCount,
            Integer columnCount,
            List<Column> columns,
            List<String> domainHints,
            Double qualityScore,
            Long analysisMs,
            Instant createdAt,
            Instant updatedAt,
            Replacement replacement,
            Map<String, Object> profile) {}

    /**
     * A new file being analysed while the current version stays served ({@code PUT /api/datasets/{id}/file}).
     *
     * @param status UPLOADED, PROCESSING or FAILED (on READY it becomes the dataset's current version)
     */
    public record Replacement(
            int version,
            String originalFilename,
            DatasetStatus status,
            Progress progress,
            String failureReason,
            Instant createdAt) {}

    /** Where the analysis is. */
    public record Progress(String phase, int percent, long rowsProcessed) {}

    /** One column with its inferred type. */
    public record Column(String name, String type, long nullCount, long distinctCount, List<String> samples) {}

    /** Answer to an upload: the dataset, and whether it was already there. */
    public record UploadResult(boolean duplicate, Dataset dataset) {}

    /** One page of a list. */
    public record Page<T>(List<T> items, int page, int size, long total) {}
}
