package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Something wrong with the file that was tolerated.
 *
 * @param kind {@code ragged_rows}, {@code invalid_values}, {@code encoding_fallback}, {@code renamed_columns},
 *     {@code mixed_units}, {@code empty_rows}, {@code cells_outside_columns}, {@code preamble_rows}
 * @param column the column concerned, if one
 * @param examples up to five, e.g. {@code row 1042 has 7 fields, expected 5}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String kind, String column, long count, String message, List<String> examples) {}
