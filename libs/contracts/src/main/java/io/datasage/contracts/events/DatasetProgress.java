package io.datasage.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Payload of {@code dataset.progress}.
 *
 * @param phase one of {@code parsing}, {@code profiling}, {@code writing}
 * @param percent 0-100, monotonic within one analysis
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatasetProgress(
        String datasetId, String ownerId, int version, String phase, int percent, long rowsProcessed, String message) {}
