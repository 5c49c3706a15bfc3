package io.datasage.contracts.events;

/**
 * Payload of {@code dataset.failed}.
 *
 * @param reason what went wrong, for the person who uploaded the file (e.g. "row 1042 has 7 fields, expected 5")
 * @param phase where it failed: {@code reading}, {@code parsing}, {@code profiling} or {@code writing}
 */
public record DatasetFailed(String datasetId, String ownerId, int version, String phase, String reason) {}
