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

    /** Most rows a CSV export of one chart holds. */
    @WithDefault("100000")
    int exportMaxRows();

    /** The cache of rendered charts ({@code chart_renders}). */
    RenderCache renderCache();

    /** Bounds of the render cache. */
    interface RenderCache {

        /** Bytes (as JSON) of recent renders kept in memory in front of the store's render cache. */
        @WithDefault("67108864")
        long memoryBytes();

        /** Renders older than this are recomputed and swept away. */
        @WithDefault("24h")
        java.time.Duration ttl();

        /** Most renders kept; the oldest go first. */
        @WithDefault("20000")
        long maxEntries();

        /** How often expired and surplus renders are removed. */
        @WithDefault("5m")
        java.time.Duration sweepInterval();
    }
}
