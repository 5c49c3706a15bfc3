package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Pairwise correlations between numeric columns (pairwise-complete rows; {@code null} where undefined, e.g. a
 * constant column).
 *
 * @param columns the matrix order: numeric columns in file order, at most 50 (the rest are in {@code omittedColumns})
 * @param spearman Pearson correlation of average ranks; ranks are taken per column over its own non-null values
 * @param rowsUsed rows the matrices were computed from; when {@code sampled}, every k-th row of the file
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Correlations(
        List<String> columns,
        List<List<Double>> pearson,
        List<List<Double>> spearman,
        long rowsUsed,
        boolean sampled,
        List<String> omittedColumns) {}
