package io.datasage.dashboard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.charts.ArrowDatasets;
import io.datasage.charts.ChartEngine;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ChartSpecException;
import io.datasage.charts.Dataset;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.dashboard.config.DashboardConfig;
import io.datasage.dashboard.metrics.ChartMetrics;
import io.datasage.dashboard.repository.ChartRenderEntity;
import io.datasage.dashboard.repository.ChartRenderRepository;
import io.datasage.platform.datasets.DatasetCatalog;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.problem.ProblemException;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Renders chart specs over a dataset's Arrow file and caches the result by (dataset, version, spec), so the
 * same chart on the same data is computed once: recent renders in memory first, the store second.
 */
@ApplicationScoped
public class ChartService {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final DatasetCatalog datasets;
    private final ArrowDatasets arrowFiles;
    private final ChartEngine engine;
    private final ChartEngine exportEngine;
    private final ChartRenderRepository cache;
    private final RecentRenders recent;
    private final ObjectMapper mapper;
    private final Path storageRoot;
    private final Duration cacheTtl;
    private final ChartMetrics metrics;
    private final RenderWrites writes;

    public ChartService(
            DatasetCatalog datasets,
            ArrowDatasets arrowFiles,
            ChartEngine engine,
            ChartRenderRepository cache,
            RecentRenders recent,
            ObjectMapper mapper,
            DashboardConfig config,
            ChartMetrics metrics,
            RenderWrites writes) {
        this.metrics = metrics;
        this.writes = writes;
        this.datasets = datasets;
        this.arrowFiles = arrowFiles;
        this.engine = engine;
        // Exports want every row of a chart, not the few hundred a figure needs.
        this.exportEngine = new ChartEngine(engine.options()
                .withMaxRowsReturned(config.exportMaxRows())
                .withScatterMaxPoints(config.exportMaxRows()));
        this.cache = cache;
        this.recent = recent;
        this.mapper = mapper;
        this.storageRoot = config.storageRoot().toAbsolutePath().normalize();
        this.cacheTtl = config.renderCache().ttl();
    }

    /** The chart for the caller's dataset: 404 when it is not theirs, 409 before READY, 422 when the spec does not fit. */
    public RenderedChart render(String ownerId, String bearerToken, String datasetId, ChartSpec spec) {
        if (spec == null || spec.chartType() == null) {
            throw ProblemException.badRequest(
                    "Send a 'spec' with at least 'chart_type', e.g. {\"chart_type\": \"bar\", \"x\": \"region\", \"y\": [\"sales\"]}.");
        }
        return render(datasets.requireReady(datasetId, ownerId, bearerToken), spec);
    }

    /**
     * The chart for the caller's dataset as the JSON it is served as when it is kept in memory (no writing again),
     * else the chart: what {@code POST /api/charts} answers.
     */
    public Object renderForResponse(String ownerId, String bearerToken, String datasetId, ChartSpec spec) {
        if (spec == null || spec.chartType() == null) {
            return render(ownerId, bearerToken, datasetId, spec);
        }
        DatasetInfo dataset = datasets.requireReady(datasetId, ownerId, bearerToken);
        byte[] json = kept(dataset, spec);
        return json != null ? json : render(dataset, spec);
    }

    /**
     * The bytes a chart was served as, when this instance holds them and already knows the dataset as the caller's
     * and READY; null otherwise (then {@link #renderForResponse} finds out, which may block). Never blocks.
     */
    public byte[] keptBytes(String ownerId, String datasetId, ChartSpec spec) {
        if (spec == null || spec.chartType() == null) {
            return null;
        }
        DatasetInfo dataset = datasets.knownReady(datasetId, ownerId);
        return dataset == null ? null : kept(dataset, spec);
    }

    /** The bytes held in memory for this chart of the dataset, counted as a memory hit; null when none. */
    private byte[] kept(DatasetInfo dataset, ChartSpec spec) {
        byte[] json = recent.json(key(dataset, spec));
        if (json != null) {
            metrics.cacheHit(ChartMetrics.MEMORY);
        }
        return json;
    }

    /** The chart for a dataset already known to be the caller's and READY, from the cache when rendered before. */
    public RenderedChart render(DatasetInfo dataset, ChartSpec spec) {
        String key = key(dataset, spec);
        RenderedChart seen = recent.get(key);
        if (seen != null) {
            metrics.cacheHit(ChartMetrics.MEMORY);
            return seen;
        }
        metrics.cacheMiss(ChartMetrics.MEMORY);
        var hit = cache.findByIdOptional(key)
                .filter(h ->
                        h.createdAt != null && h.createdAt.isAfter(Instant.now().minus(cacheTtl)));
        if (hit.isPresent()) {
            metrics.cacheHit(ChartMetrics.STORE);
            RenderedChart stored = read(hit.get().resultJson).fromCache();
            recent.put(key, stored, json(key, stored), hit.get().createdAt);
            return stored;
        }
        metrics.cacheMiss(ChartMetrics.STORE);
        RenderedChart chart = compute(dataset, spec);
        RenderedChart kept = chart.fromCache();
        byte[] json = json(key, kept);
        if (json != null) {
            Instant createdAt = Instant.now();
            recent.put(key, kept, json, createdAt);
            // The store is the second level and shared between instances; the user does not wait for its write.
            writes.submit(entity(key, dataset, json, createdAt));
        }
        return chart;
    }

    private static String key(DatasetInfo dataset, ChartSpec spec) {
        return dataset.id() + ":" + dataset.version() + ":" + SpecHash.of(spec);
    }

    /** The chart with up to {@code datasage.dashboard.export-max-rows} rows, for a CSV export (not cached). */
    public RenderedChart renderForExport(String ownerId, String bearerToken, String datasetId, ChartSpec spec) {
        if (spec == null || spec.chartType() == null) {
            throw ProblemException.badRequest(
                    "Send a 'spec' with at least 'chart_type', e.g. {\"chart_type\": \"bar\", \"x\": \"region\", \"y\": [\"sales\"]}.");
        }
        return compute(datasets.requireReady(datasetId, ownerId, bearerToken), spec, exportEngine);
    }

    /** True when the dataset version's Arrow file is on disk. */
    public boolean hasData(DatasetInfo dataset) {
        return Files.isRegularFile(arrowFile(dataset));
    }

    /** Renders without the cache (for callers that cache at a coarser level). */
    public RenderedChart compute(DatasetInfo dataset, ChartSpec spec) {
        return compute(dataset, spec, engine);
    }

    private RenderedChart compute(DatasetInfo dataset, ChartSpec spec, ChartEngine engine) {
        try (Dataset data = arrowFiles.open(arrowFile(dataset))) {
            Timer.Sample rendering = metrics.renderStarted();
            ChartResult result = engine.render(data, spec);
            metrics.renderEnded(rendering);
            Map<String, Object> stats = mapper.convertValue(result.stats(), MAP);
            return new RenderedChart(result.spec(), result.figure(), result.rows(), result.summary(), stats, false);
        } catch (ChartSpecException e) {
            throw ProblemException.unprocessable(e.getMessage());
        }
    }

    /** The dataset version's Arrow file; refuses a path that would leave the storage root. */
    public Path arrowFile(DatasetInfo dataset) {
        Path file = storageRoot.resolve(dataset.arrowPath()).normalize();
        if (!file.startsWith(storageRoot)) {
            throw new IllegalArgumentException("dataset path escapes the storage root: " + dataset.arrowPath());
        }
        return file;
    }

    /** The render as a cache entry, its JSON written once for memory and the store. */
    private static ChartRenderEntity entity(String key, DatasetInfo dataset, byte[] json, Instant createdAt) {
        ChartRenderEntity entity = new ChartRenderEntity();
        entity.id = key;
        entity.datasetId = dataset.id();
        entity.version = dataset.version();
        entity.specHash = key.substring(key.lastIndexOf(':') + 1);
        entity.createdAt = createdAt;
        entity.resultJson = new String(json, StandardCharsets.UTF_8);
        return entity;
    }

    /** The render as JSON; null when it cannot be written (then it is served but not cached). */
    private byte[] json(String key, RenderedChart chart) {
        try {
            return mapper.writeValueAsBytes(chart);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // The cache is an optimisation: a render that cannot be stored is still a good answer.
            Log.warnf("Could not cache chart %s: %s", key, e.getMessage());
            return null;
        }
    }

    private RenderedChart read(String json) {
        try {
            return mapper.readValue(json, RenderedChart.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cached chart is unreadable", e);
        }
    }
}
