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
        long durationMs) {

    /** One column as the profile sees it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ColumnSummary(String name, String type, long nullCount, long distinctCount, List<String> samples) {}
}
