package io.datasage.dashboard.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Chart render time and the hits and misses of the two render caches (in memory, then the store's
 * {@code chart_renders}); per cache, hit / (hit + miss) is its hit ratio.
 */
@ApplicationScoped
public class ChartMetrics {

    /** The in-process cache of recent renders, asked first. */
    public static final String MEMORY = "memory";
    /** The {@code chart_renders} collection, asked on a memory miss. */
    public static final String STORE = "chart_renders";

    private final Timer render;
    private final Map<String, Counter> hits;
    private final Map<String, Counter> misses;

    public ChartMetrics(MeterRegistry registry) {
        this.render = Timer.builder("datasage.chart.render")
                .description("Time to compute a chart over a dataset's Arrow file")
                .register(registry);
        this.hits = Map.of(MEMORY, cache(registry, MEMORY, "hit"), STORE, cache(registry, STORE, "hit"));
        this.misses = Map.of(MEMORY, cache(registry, MEMORY, "miss"), STORE, cache(registry, STORE, "miss"));
    }

    private static Counter cache(MeterRegistry registry, String cache, String result) {
        return Counter.builder("datasage.cache.requests")
                .description("Cache look-ups by cache and result; hit / (hit + miss) is a cache's hit ratio")
                .tag("cache", cache)
                .tag("result", result)
                .register(registry);
    }

    /** Starts timing a render. */
    public Timer.Sample renderStarted() {
        return Timer.start();
    }

    /** Records the time of a render started with {@link #renderStarted()}. */
    public void renderEnded(Timer.Sample sample) {
        sample.stop(render);
    }

    /** A chart came from the cache ({@link #MEMORY} or {@link #STORE}). */
    public void cacheHit(String cache) {
        hits.get(cache).increment();
    }

    /** A chart was not in the cache ({@link #MEMORY} or {@link #STORE}). */
    public void cacheMiss(String cache) {
        misses.get(cache).increment();
    }
}
