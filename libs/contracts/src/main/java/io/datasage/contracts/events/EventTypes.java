package io.datasage.contracts.events;

/** CloudEvents {@code type} values, one per topic. */
public final class EventTypes {

    public static final String DATASET_UPLOADED = "io.datasage.dataset.uploaded";
    public static final String DATASET_PROGRESS = "io.datasage.dataset.progress";
    public static final String DATASET_READY = "io.datasage.dataset.ready";
    public static final String DATASET_FAILED = "io.datasage.dataset.failed";
    public static final String DATASET_DELETED = "io.datasage.dataset.deleted";

    private EventTypes() {}
}
