package io.datasage.contracts.events;

/** Kafka topic names; each carries one CloudEvent type, keyed by dataset id. */
public final class Topics {

    /** A file was accepted and stored; the worker should analyse it. */
    public static final String DATASET_UPLOADED = "datasage.dataset.uploaded";
    /** The worker's progress on one dataset. */
    public static final String DATASET_PROGRESS = "datasage.dataset.progress";
    /** Analysis finished: the Arrow file and profile are in place. */
    public static final String DATASET_READY = "datasage.dataset.ready";
    /** Analysis failed, with a reason a person understands. */
    public static final String DATASET_FAILED = "datasage.dataset.failed";
    /** A dataset and its files are gone; downstream copies should go too. */
    public static final String DATASET_DELETED = "datasage.dataset.deleted";

    /**
     * Dead letters: records a consumer could not process after its retries (or could not read), unchanged, with
     * headers saying which topic, partition and offset they came from and why they failed.
     */
    public static final String DATASET_DLQ = "datasage.dataset.dlq";

    /** Every topic, for brokers that create them up front. */
    public static final java.util.List<String> ALL = java.util.List.of(
            DATASET_UPLOADED, DATASET_PROGRESS, DATASET_READY, DATASET_FAILED, DATASET_DELETED, DATASET_DLQ);

    private Topics() {}
}
