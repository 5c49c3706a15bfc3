package io.datasage.worker.messaging;

/** Names of the messaging channels (mapped to topics in application.properties). */
public final class Channels {

    /** Incoming {@code datasage.dataset.uploaded}. */
    public static final String UPLOADED = "dataset-uploaded";
    /** Outgoing {@code datasage.dataset.progress}. */
    public static final String PROGRESS = "dataset-progress";
    /** Outgoing {@code datasage.dataset.ready}. */
    public static final String READY = "dataset-ready";
    /** Outgoing {@code datasage.dataset.failed}. */
    public static final String FAILED = "dataset-failed";

    private Channels() {}
}
