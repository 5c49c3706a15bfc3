package io.datasage.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Payload of {@code dataset.failed}.
 *
 * @param reason what went wrong, for the person who uploaded the file (e.g. "row 1042 has 7 fields, expected 5")
 * @param phase where it failed: {@code reading}, {@code parsing}, {@code profiling} or {@code writing}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatasetFailed(String datasetId, String ownerId, int version, String phase, String reason) {}
