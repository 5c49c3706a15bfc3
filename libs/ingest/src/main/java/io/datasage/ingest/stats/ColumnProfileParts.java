package io.datasage.ingest.stats;

import io.datasage.ingest.ColumnType;
import io.datasage.ingest.profile.BooleanSummary;
import io.datasage.ingest.profile.ColumnProfile;
import io.datasage.ingest.profile.InvalidValues;
import io.datasage.ingest.profile.NumericSummary;
import io.datasage.ingest.profile.TemporalSummary;
import io.datasage.ingest.profile.TextSummary;
import io.datasage.ingest.profile.ValueCount;
import java.util.List;

/** The pieces of a {@link ColumnProfile}, filled by the column's statistics and then frozen into the record. */
final class ColumnProfileParts {

    String name;
    ColumnType type;
    String format;
    String unit;
    long count;
    long nulls;
    long rows;
    long invalid;
    List<String> invalidExamples = List.of();
    long distinct;
    boolean distinctApproximate;
    List<ValueCount> topValues = List.of();
    boolean topValuesApproximate;
    List<String> samples = List.of();
    NumericSummary numeric;
    TemporalSummary temporal;
    TextSummary text;
    BooleanSummary booleans;

    ColumnProfile toProfile() {
        double nullRatio = rows == 0 ? 0 : (double) nulls / rows;
        return new ColumnProfile(
                name,
                type,
                format,
                unit,
                count,
                nulls,
                nullRatio,
                new InvalidValues(invalid, invalidExamples),
                distinct,
                distinctApproximate,
                topValues,
                topValuesApproximate,
                samples,
                numeric,
                temporal,
                text,
                booleans);
    }
}
