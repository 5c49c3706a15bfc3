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
}
