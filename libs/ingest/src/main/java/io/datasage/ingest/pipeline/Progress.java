package io.datasage.ingest.pipeline;

import io.datasage.ingest.ProgressListener;

/**
 * Turns per-phase fractions into one monotonic percentage for the whole ingest (parsing 0-45, writing 45-90,
 * profiling 90-100), calling the listener at most every 250 ms or 5 percent, and on every phase change.
 */
public final class Progress {

    public static final String PARSING = "parsing";
    public static final String WRITING = "writing";
    public static final String PROFILING = "profiling";

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final ProgressListener listener;
    private String lastPhase;
    private int lastPercent = -1;
    private long lastNanos;

    public Progress(ProgressListener listener) {
        this.listener = listener;
    }

    /** @param fraction how far through {@code phase}, 0..1 */
    public void report(String phase, double fraction, long rows) {
        int start;
        int end;
        switch (phase) {
            case PARSING:
                start = 0;
                end = 45;
                break;
            case WRITING:
                start = 45;
                end = 90;
                break;
            default:
                start = 90;
                end = 100;
        }
        double bounded = Math.max(0, Math.min(1, fraction));
        int percent = Math.max(lastPercent, start + (int) Math.floor(bounded * (end - start)));
        long now = System.nanoTime();
        boolean due = !phase.equals(lastPhase)
                || percent - lastPercent >= 5
                || (percent > lastPercent && now - lastNanos >= INTERVAL_NANOS)
                || (percent == 100 && lastPercent < 100);
        if (!due) {
            return;
        }
        lastPhase = phase;
        lastPercent = percent;
        lastNanos = now;
        try {
            listener.progress(phase, percent, rows);
        } catch (RuntimeException e) {
            // A failing progress consumer must not fail the ingest it is watching.
        }
    }
}
