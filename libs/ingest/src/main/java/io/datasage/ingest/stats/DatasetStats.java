package io.datasage.ingest.stats;

import io.datasage.ingest.ColumnType;
import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.profile.ColumnProfile;
import io.datasage.ingest.profile.Correlations;
import io.datasage.ingest.profile.NormalityResult;
import io.datasage.ingest.profile.OutlierReport;
import io.datasage.ingest.profile.Trends;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * All statistics of a dataset, fed batch by batch in the second pass.
 *
 * <p>Memory: numeric and temporal columns keep their values exactly while they fit the exact-value budget (in column
 * order, 8 bytes per value; see {@link ExactValues}) and are sketched otherwise ({@link SketchedValues}, constant);
 * categories keep one counter per dictionary value; text columns a bounded {@link StringCounter}; correlations a
 * bounded row sample; trends and date histograms at most 4,000 buckets per column.
 */
public final class DatasetStats {

    private final List<ColumnSpec> specs;
    private final List<ColumnStats> columns = new ArrayList<>();
    private final CorrelationSampler correlations;
    private final TrendAccumulator trends;
    private final int trendColumn;

    /**
     * @param nonNull per column, the non-null values the first pass saw (an upper bound of the valid values)
     * @param exactBudget values that may be kept exactly across all columns
     * @param exactPerColumn values a single column may keep exactly
     * @param textCap distinct strings a text column counts exactly
     */
    public DatasetStats(
            List<ColumnSpec> specs, long[] nonNull, long rows, long exactBudget, long exactPerColumn, int textCap) {
        this.specs = specs;
        long remaining = exactBudget;
        int bestDate = -1;
        // Batches are accepted on one thread, one column after another: one sorter's buffers serve them all.
        RadixSort sorter = new RadixSort();
        for (ColumnSpec spec : specs) {
            ColumnType type = spec.type();
            ValueSummary values = null;
            if (type.isNumeric() || type.isTemporal()) {
                long n = nonNull[spec.index()];
                boolean exact = n <= exactPerColumn && n <= remaining;
                remaining -= exact ? n : 0;
                values = exact ? new ExactValues(n, sorter) : new SketchedValues();
            }
            if (type.isTemporal() && (bestDate < 0 || nonNull[spec.index()] > nonNull[bestDate])) {
                bestDate = spec.index();
            }
            columns.add(create(spec, values, textCap));
        }
        NumericColumns numeric = new NumericColumns(specs);
        this.correlations = new CorrelationSampler(numeric, rows);
        this.trendColumn = bestDate;
        this.trends = bestDate >= 0 && numeric.size() > 0
                ? new TrendAccumulator(
                        bestDate,
                        specs.get(bestDate).name(),
                        specs.get(bestDate).type() == ColumnType.DATETIME,
                        numeric)
                : null;
    }

    private static ColumnStats create(ColumnSpec spec, ValueSummary values, int textCap) {
        switch (spec.type()) {
            case INTEGER:
                return new NumericStats(values, true);
            case DECIMAL:
                return new NumericStats(values, false);
            case DATE:
                return new TemporalStats(values, false);
            case DATETIME:
                return new TemporalStats(values, true);
            case BOOLEAN:
                return new BooleanStats();
            case CATEGORY:
                return new CategoryStats(spec.dictionary());
            default:
                return new TextStats(textCap);
        }
    }

    /** Adds the first {@code rows} rows of one batch per column, in column order. */
    public void accept(List<? extends ColumnBatch> batches, int rows) {
        for (int c = 0; c < columns.size(); c++) {
            columns.get(c).accept(batches.get(c), rows);
        }
        correlations.accept(batches, rows);
        if (trends != null) {
            trends.accept(batches, rows);
        }
    }

    public DatasetAnalysis finish(List<ColumnFacts> facts, long rows, DuplicateRows duplicates) {
        // Columns finish independently (sorting and moments dominate): use both cores, correlations alongside.
        CompletableFuture<Correlations> correlated = CompletableFuture.supplyAsync(correlations::compute);
        List<ColumnResult> results = IntStream.range(0, columns.size())
                .parallel()
                .mapToObj(c -> finish(facts.get(c), columns.get(c), rows))
                .collect(Collectors.toList());
        List<ColumnProfile> profiles = new ArrayList<>();
        List<OutlierReport> outliers = new ArrayList<>();
        List<NormalityResult> normality = new ArrayList<>();
        QualityScorer quality = new QualityScorer();
        DomainClassifier domains = new DomainClassifier();
        for (int c = 0; c < results.size(); c++) {
            ColumnFacts fact = facts.get(c);
            ColumnResult result = results.get(c);
            profiles.add(result.profile());
            if (result.outliers() != null) {
                outliers.add(result.outliers());
            }
            if (result.normality() != null) {
                normality.add(result.normality());
            }
            quality.addColumn(rows, fact.nulls(), fact.invalid());
            quality.addConsistency(result.consistency());
            domains.column(fact.spec().name(), fact.spec().unit(), fact.samples());
        }
        Trends trend = trends == null ? null : trends.compute(((TemporalStats) columns.get(trendColumn)).spanDays());
        return new DatasetAnalysis(
                profiles,
                correlated.join(),
                outliers,
                normality,
                trend,
                quality.score(rows, duplicates.duplicates(), duplicates.estimated()),
                domains.hints());
    }

    /** One column's share of the analysis. */
    private record ColumnResult(
            ColumnProfile profile, OutlierReport outliers, NormalityResult normality, long[] consistency) {}

    private ColumnResult finish(ColumnFacts fact, ColumnStats stats, long rows) {
        ColumnProfile profile = profile(fact, stats, rows);
        OutlierReport outliers = null;
        NormalityResult normality = null;
        if (stats instanceof NumericStats) {
            outliers = ((NumericStats) stats).outliers(fact.spec().name());
            normality = ((NumericStats) stats).normality(fact.spec().name());
        }
        return new ColumnResult(profile, outliers, normality, consistency(stats, fact));
    }

    private ColumnProfile profile(ColumnFacts fact, ColumnStats stats, long rows) {
        ColumnSpec spec = fact.spec();
        ColumnProfileParts parts = new ColumnProfileParts();
        parts.name = spec.name();
        parts.type = spec.type();
        parts.format = spec.format();
        parts.unit = spec.unit();
        parts.rows = rows;
        parts.nulls = fact.nulls();
        parts.invalid = fact.invalid();
        parts.invalidExamples = fact.invalidExamples();
        parts.samples = fact.samples();
        stats.finish(parts);
        return parts.toProfile();
    }

    private static long[] consistency(ColumnStats stats, ColumnFacts fact) {
        if (stats instanceof CategoryStats) {
            return ((CategoryStats) stats).consistency();
        }
        if (stats instanceof TextStats) {
            return ((TextStats) stats).consistency();
        }
        return fact.dateShapes() != null ? fact.dateShapes() : new long[] {0, 0};
    }
}
