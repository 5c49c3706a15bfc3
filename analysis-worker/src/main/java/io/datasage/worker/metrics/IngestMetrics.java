package io.datasage.worker.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The worker's meters: rows ingested (their rate is rows per second), datasets analysed by outcome, and analysis
 * time. Each is touched once per dataset, never per row.
 */
@ApplicationScoped
public class IngestMetrics {

    private final Counter rows;
    private final Counter ready;
    private final Counter failed;
    private final Timer analysis;

    public IngestMetrics(MeterRegistry registry) {
        this.rows = Counter.builder("datasage.rows.ingested")
                .description("Rows parsed into Arrow files; rate() gives rows per second")
                .register(registry);
        this.ready = analysed(registry, "ready");
        this.failed = analysed(registry, "failed");
        this.analysis = Timer.builder("datasage.analysis")
                .description("Time from taking an upload to publishing its profile")
                .register(registry);
    }

    private static Counter analysed(MeterRegistry registry, String outcome) {
        return Counter.builder("datasage.datasets.analysed")
                .description("Datasets analysed, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** A dataset of {@code rowCount} rows became READY after {@code durationMs}. */
    public void ready(long rowCount, long durationMs) {
        rows.increment(rowCount);
        ready.increment();
        analysis.record(Duration.ofMillis(durationMs));
    }

    /** A dataset failed. */
    public void failed() {
        failed.increment();
    }
}
