package io.datasage.ingest.stats;

import java.util.List;

/**
 * The numbers of one numeric or temporal column, kept either exactly ({@link ExactValues}) or as sketches
 * ({@link SketchedValues}) when the column does not fit the memory budget. Call {@link #seal()} once after the last
 * value, before any query.
 */
public interface ValueSummary {

    void add(double value);

    /** Called after each batch; lets exact storage do part of its sorting early. */
    default void endBatch() {}

    void seal();

    /** Whether quantiles, histograms and outlier counts are estimates. */
    boolean approximate();

    long count();

    double min();

    double max();

    double sum();

    double mean();

    /** Sample standard deviation, NaN with fewer than two values. */
    double std();

    double skewness();

    double kurtosis();

    /** Linear interpolation between order statistics (R-7, DuckDB's {@code quantile_cont}); p in [0, 1]. */
    double quantile(double p);

    long distinct();

    boolean distinctApproximate();

    /** Up to {@code k} (value, count) pairs, most frequent first, ties by value; only values seen at least twice. */
    List<double[]> top(int k);

    boolean topApproximate();

    /** Counts per bin for bins {@code [edges[i], edges[i+1])}, the last bin closed. */
    long[] countBins(double[] edges);

    long countBelow(double bound);

    long countAbove(double bound);

    /** Up to {@code k} smallest values, ascending. */
    double[] lowest(int k);

    /** Up to {@code k} largest values, descending. */
    double[] highest(int k);

    /** At most {@code max} values spread evenly over the distribution (all values when there are few). */
    double[] spreadSample(int max);
}
