package io.datasage.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Payload of {@code dataset.uploaded}: where the raw file is and what the uploader told us about it.
 *
 * @param version increases each time the same dataset id is (re)submitted for analysis
 * @param format one of {@code csv}, {@code tsv}, {@code xlsx}, {@code xls}
 * @param rawPath path of the raw file relative to the storage root
 * @param sheet for Excel files, the sheet to analyse (name or 0-based index); null means the first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
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
        String sha256,
        String sheet) {}
