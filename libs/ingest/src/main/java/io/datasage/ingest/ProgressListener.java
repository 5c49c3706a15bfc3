package io.datasage.ingest;

/**
 * Receives progress while a file is ingested.
 *
 * <p>{@code phase} is one of {@code parsing}, {@code writing}, {@code profiling}; {@code percent} covers the whole
 * ingest (0..100, never decreasing) so a caller can forward it as-is. Calls come at most about every 250 ms or every 5
 * percent, on the ingesting thread: keep the callback cheap.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (phase, percent, rowsSoFar) -> {};

    void progress(String phase, int percent, long rowsSoFar);
}
