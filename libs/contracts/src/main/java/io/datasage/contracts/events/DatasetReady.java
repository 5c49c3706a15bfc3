package io.datasage.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Payload of {@code dataset.ready}: the analysis finished and its outputs are in place.
 *
 * @param arrowPath Arrow IPC file, relative to the storage root
 * @param profilePath profile JSON, relative to the storage root
 * @param domainHints likely business domains, best first (e.g. {@code sales}, {@code hr})
 * @param originalFilename the uploaded file's name, as in {@code dataset.uploaded} (absent from older events)
 * @param format csv, tsv, xlsx or xls, as in {@code dataset.uploaded} (absent from older events)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatasetReady(
        String datasetId,
        String ownerId,
        int version,
        String name,
        String description,
        long rowCount,
        int columnCount,
        List<ColumnSummary> columns,
        String arrowPath,
        String profilePath,
        List<String> domainHints,
        Double qualityScore,
        long durationMs,
        String originalFilename,
        String format) {

    /** An event without the uploaded file's name and format (as producers before those fields wrote). */
    public DatasetReady(
            String datasetId,
            String ownerId,
            int version,
            String name,
            String description,
            long rowCount,
            int columnCount,
            List<ColumnSummary> columns,
            String arrowPath,
            String profilePath,
            List<String> domainHints,
            Double qualityScore,
            long durationMs) {
        this(
                datasetId,
                ownerId,
                version,
                name,
                description,
                rowCount,
                columnCount,
                columns,
                arrowPath,
                profilePath,
                domainHints,
                qualityScore,
                durationMs,
                null,
                null);
    }

    /** One column as the profile sees it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ColumnSummary(String name, String type, long nullCount, long distinctCount, List<String> samples) {}
}
