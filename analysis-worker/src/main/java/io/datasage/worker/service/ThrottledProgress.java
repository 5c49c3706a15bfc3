package io.datasage.worker.service;

import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.ingest.ProgressListener;
import io.datasage.worker.messaging.EventPublisher;
import java.time.Duration;

/**
 * Turns the ingestor's progress callbacks into progress events, at most one per interval unless the phase changes,
 * and repeats the latest one as a heartbeat on request: it holds the dataset's lease in dataset-service.
 */
final class ThrottledProgress implements ProgressListener {

    private final EventPublisher publisher;
    private final DatasetUploaded upload;
    private final long intervalNanos;
    private long last;
    private String lastPhase;
    private int lastPercent = -1;
    // Read by the heartbeat thread while the analysis thread reports.
    private volatile DatasetProgress latest;

    ThrottledProgress(EventPublisher publisher, DatasetUploaded upload, Duration interval) {
        this.publisher = publisher;
        this.upload = upload;
        this.intervalNanos = interval.toNanos();
        this.latest = event("reading", 0, 0);
    }

    @Override
    public void progress(String phase, int percent, long rowsSoFar) {
        long now = System.nanoTime();
        boolean phaseChanged = !phase.equals(lastPhase);
        if (!phaseChanged && (percent <= lastPercent || now - last < intervalNanos)) {
            return;
        }
        last = now;
        lastPhase = phase;
        lastPercent = Math.max(lastPercent, percent);
        latest = event(phase, lastPercent, rowsSoFar);
        publisher.progress(latest);
    }

    /** Publishes the latest progress again: the worker is alive and still on it. */
    void heartbeat() {
        publisher.progress(latest);
    }

    private DatasetProgress event(String phase, int percent, long rows) {
        return new DatasetProgress(
                upload.datasetId(), upload.ownerId(), upload.version(), phase, Math.max(0, percent), rows, null);
    }
}
