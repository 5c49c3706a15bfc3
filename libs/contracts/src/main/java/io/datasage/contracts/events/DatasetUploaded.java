package io.datasage.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Payload of {@code dataset.uploaded}: where the raw file is and what the uploader told us about it.
 *
 * @param version increases each time the same dataset id is (re)submitted for analysis
 * @param format one of {@code csv}, {@code tsv}, {@code xlsx}, {@code xls}
 * @param rawPath path of the raw file relative to the storage root
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetUploaded(
        String datasetId,
        String ownerId,
        int version,
        String name,
        String description,
        String originalFilename,
        String format,
        String rawPath,
        long sizeBytes,
        String sha256) {}
