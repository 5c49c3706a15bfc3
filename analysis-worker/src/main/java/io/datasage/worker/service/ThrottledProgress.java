package io.datasage.worker.service;

import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.ingest.ProgressListener;
import io.datasage.worker.messaging.EventPublisher;
import java.time.Duration;

/** Turns the ingestor's progress callbacks into progress events, at most one per interval unless the phase changes. */
final class ThrottledProgress implements ProgressListener {

    private final EventPublisher publisher;
    private final DatasetUploaded upload;
    private final long intervalNanos;
    private long last;
    private String lastPhase;
    private int lastPercent = -1;

    ThrottledProgress(EventPublisher publisher, DatasetUploaded upload, Duration interval) {
        this.publisher = publisher;
        this.upload = upload;
        this.intervalNanos = interval.toNanos();
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
        publisher.progress(new DatasetProgress(
                upload.datasetId(), upload.ownerId(), upload.version(), phase, lastPercent, rowsSoFar, null));
    }
}
