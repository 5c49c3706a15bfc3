package io.datasage.dataset.messaging;

/** Names of the messaging channels (mapped to topics in application.properties). */
public final class Channels {

    /** Outgoing {@code datasage.dataset.uploaded}. */
    public static final String UPLOADED = "dataset-uploaded";
    /** Outgoing {@code datasage.dataset.deleted}. */
    public static final String DELETED = "dataset-deleted";
    /** Incoming progress, ready and failed events from the analysis worker. */
    public static final String ANALYSIS_EVENTS = "analysis-events";

    private Channels() {}
}
