package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Statistics of an integer or decimal column over its valid values.
 *
 * @param std sample standard deviation (n - 1); absent with fewer than two values
 * @param skewness bias-corrected sample skewness; absent with fewer than three values or no spread
 * @param kurtosis bias-corrected sample excess kurtosis; absent with fewer than four values or no spread
 * @param quantiles linear interpolation between order statistics (like DuckDB's {@code quantile_cont}); from a KLL
 *     sketch when {@code quantilesApproximate}
 * @param histogram bins {@code [lower, upper)}, the last one closed; Freedman-Diaconis width, one bin per value for
 *     small integer ranges
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NumericSummary(
        double min,
        double max,
        double mean,
        Double std,
        double sum,
        long zeros,
        long negatives,
        Double skewness,
        Double kurtosis,
        Quantiles quantiles,
        boolean quantilesApproximate,
        List<HistogramBin> histogram,
        boolean histogramApproximate) {}
