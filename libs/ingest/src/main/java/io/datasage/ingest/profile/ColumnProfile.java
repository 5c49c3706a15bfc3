package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.datasage.ingest.ColumnType;
import java.util.List;

/**
 * One column. The type-specific part is in exactly one of {@code numeric}, {@code temporal}, {@code text},
 * {@code boolean} (absent for an all-null column).
 *
 * @param count non-null values that parse as the column's type
 * @param nulls empty cells and null tokens ({@code NA}, {@code null}, ...); invalid values are not counted here
 * @param invalid values that did not parse as the column's type, stored as nulls in Arrow
 * @param distinct distinct valid values; approximate (HyperLogLog) when {@code distinctApproximate}
 * @param topValues most frequent values as text, at most 10, exact for categories and booleans; for other types
 *     only values seen at least twice (an id column has none); approximate when {@code topValuesApproximate}
 * @param samples up to 5 distinct values as written in the file
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnProfile(
        String name,
        ColumnType type,
        String format,
        String unit,
        long count,
        long nulls,
        double nullRatio,
        InvalidValues invalid,
        long distinct,
        boolean distinctApproximate,
        List<ValueCount> topValues,
        boolean topValuesApproximate,
        List<String> samples,
        NumericSummary numeric,
        TemporalSummary temporal,
        TextSummary text,
        @JsonProperty("boolean") BooleanSummary booleans) {}
