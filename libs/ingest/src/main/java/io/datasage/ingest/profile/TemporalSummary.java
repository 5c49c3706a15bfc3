package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Range and spread of a date or datetime column.
 *
 * @param min ISO date ({@code 2017-12-30}) or date-time in UTC ({@code 2017-12-30T14:05:00})
 * @param grain the period of the histogram: {@code day}, {@code week} (starting Monday), {@code month},
 *     {@code quarter} or {@code year}, picked from the span
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemporalSummary(String min, String max, double spanDays, String grain, List<PeriodCount> histogram) {}
