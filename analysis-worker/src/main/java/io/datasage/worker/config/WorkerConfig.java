package io.datasage.worker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Settings of the analysis worker. */
@ConfigMapping(prefix = "datasage.worker")
public interface WorkerConfig {

    /** Root directory of stored files, shared with dataset-service. */
    Path storageRoot();

    /** Analyses of one dataset version that may end without a result (a crash) before it is failed for good. */
    @WithDefault("3")
    int maxAttempts();

    /** Largest number of columns a file may have. */
    @WithDefault("2000")
    int maxColumns();

    /** Rows kept for the preview. */
    @WithDefault("1000")
    int previewRows();

    /** Least time between two progress events of one dataset. */
    @WithDefault("250ms")
    Duration progressInterval();

    /**
     * How often a running analysis re-announces its progress, whatever it is doing: dataset-service treats a
     * worker silent for its lease timeout (2 minutes) as hung or gone.
     */
    @WithDefault("10s")
    Duration heartbeatInterval();

    /** How long publishing the final event may take before the message is retried. */
    @WithDefault("60s")
    Duration publishTimeout();
}
