package io.datasage.contracts.events;

/** Payload of {@code dataset.deleted}: every copy of this dataset's data should go. */
public record DatasetDeleted(String datasetId, String ownerId) {}
