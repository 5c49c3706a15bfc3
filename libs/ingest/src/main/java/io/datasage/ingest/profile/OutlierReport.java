package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Outliers of one numeric column by two rules.
 *
 * @param iqr values outside {@code [p25 - 1.5 IQR, p75 + 1.5 IQR]}
 * @param zscore values with {@code |x - mean| / std > 3}
 * @param approximate counts come from the column's quantile sketch (columns over the exact-value budget)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutlierReport(String column, OutlierCount iqr, OutlierCount zscore, boolean approximate) {}
