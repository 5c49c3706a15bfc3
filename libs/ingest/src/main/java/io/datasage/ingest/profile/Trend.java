package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A least-squares line through one column's per-period means.
 *
 * @param direction {@code up} or {@code down} when the slope is significant at 0.05, else {@code flat}
 * @param slopePerPeriod change of the mean per period
 * @param periods periods with at least one value (the x axis counts empty periods too)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Trend(
        String column,
        String direction,
        double slopePerPeriod,
        double rSquared,
        Double pValue,
        boolean significant,
        int periods) {}
