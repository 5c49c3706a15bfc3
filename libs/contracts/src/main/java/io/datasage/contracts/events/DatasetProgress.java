package io.datasage.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Payload of {@code dataset.progress}.
 *
 * @param phase one of {@code parsing}, {@code profiling}, {@code writing}
 * @param percent 0-100, monotonic within one analysis
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetProgress(
        String datasetId, String ownerId, int version, String phase, int percent, long rowsProcessed, String message) {}
