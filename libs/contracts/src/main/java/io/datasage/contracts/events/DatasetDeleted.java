package io.datasage.contracts.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Payload of {@code dataset.deleted}: every copy of this dataset's data should go. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatasetDeleted(String datasetId, String ownerId) {}
