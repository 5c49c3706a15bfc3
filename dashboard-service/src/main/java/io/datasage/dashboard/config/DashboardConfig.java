package io.datasage.dashboard.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Settings of dashboard-service. */
@ConfigMapping(prefix = "datasage.dashboard")
public interface DashboardConfig {

    /** Root directory of stored files (read-only here): {@code <root>/<datasetId>/data.arrow}. */
    Path storageRoot();

    /** Bytes of Arrow files kept open (memory-mapped) in the LRU cache. */
    @WithDefault("1073741824")
    long arrowCacheBytes();

    /** Most aggregated rows returned with a chart. */
    @WithDefault("500")
    int maxRowsReturned();

    /** Scatter charts with more points than this draw a deterministic sample. */
    @WithDefault("5000")
    int scatterMaxPoints();
}
