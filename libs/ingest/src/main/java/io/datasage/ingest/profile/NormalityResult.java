package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A normality test of one numeric column (columns with at least 20 values).
 *
 * @param test always {@code D'Agostino-Pearson K^2}
 * @param normal {@code p_value >= 0.05}: normality is not rejected
 * @param n values tested
 * @param sampled whether the test ran on 5,000 evenly spaced quantiles of the column instead of all its values
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NormalityResult(
        String column, String test, double statistic, double pValue, boolean normal, long n, boolean sampled) {}
