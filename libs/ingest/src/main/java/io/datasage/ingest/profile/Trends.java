package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Linear trends of numeric columns over time.
 *
 * @param dateColumn the date/datetime column used (the one with the fewest nulls, first on ties)
 * @param grain {@code day}, {@code week}, {@code month}, {@code quarter} or {@code year}, from the date span
 * @param aggregation how rows are combined per period: always {@code mean}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Trends(String dateColumn, String grain, String aggregation, List<Trend> series) {}
