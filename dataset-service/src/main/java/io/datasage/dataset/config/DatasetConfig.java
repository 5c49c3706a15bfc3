package io.datasage.dataset.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Settings of dataset-service. */
@ConfigMapping(prefix = "datasage.dataset")
public interface DatasetConfig {

    /** Largest accepted upload in bytes (1 GiB by default); larger ones get 413. */
    @WithDefault("1073741824")
    long maxUploadBytes();

    /** Root directory of stored files: {@code <root>/<datasetId>/raw.<ext>}, {@code data.arrow}, {@code profile.json}. */
    Path storageRoot();

    /** How often unpublished events are retried while Kafka is unreachable. */
    @WithDefault("1s")
    Duration outboxInterval();

    /** How long one publish may take before it counts as failed and is retried later. */
    @WithDefault("30s")
    Duration publishTimeout();

    /** Most rows a preview returns. */
    @WithDefault("1000")
    int maxPreviewRows();

    /** How often the progress stream looks for changes. */
    @WithDefault("300ms")
    Duration progressPollInterval();

    /** Longest a progress stream stays open. */
    @WithDefault("30m")
    Duration progressStreamTimeout();

    /**
     * How long a PROCESSING dataset may go without a heartbeat (the worker reports at least every 10 s) before it
     * is put back in the queue: its worker is hung or gone.
     */
    @WithDefault("2m")
    Duration leaseTimeout();

    /** How often a dataset is put back in the queue for a silent worker before it is failed with a reason. */
    @WithDefault("2")
    int maxRequeues();

    /**
     * How long a published upload may wait for a worker to start on it before it is failed with a reason (no
     * worker running). It still ends READY if a worker takes it later.
     */
    @WithDefault("30m")
    Duration queueTimeout();

    /** How often the reaper looks for stuck datasets. */
    @WithDefault("15s")
    Duration reaperInterval();
}
