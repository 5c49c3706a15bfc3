package io.datasage.ingest.infer;

import io.datasage.ingest.ColumnType;
import java.util.List;

/**
 * The decision about one column after the first pass: how the second pass converts its values.
 *
 * @param numberStyle for integer/decimal columns
 * @param dateStyle for date/datetime columns
 * @param format what the profile and the Arrow metadata record ({@code MM/dd/yy}, {@code decimal comma}), or null
 * @param unit {@code $ € £ ¥ %} or null
 * @param dictionary category values in dictionary order (index = Arrow dictionary index); empty for other types
 */
public record ColumnSpec(
        int index,
        String name,
        ColumnType type,
        NumberStyle numberStyle,
        DateStyle dateStyle,
        String format,
        String unit,
        List<String> dictionary) {

    public ColumnSpec {
        dictionary = List.copyOf(dictionary);
    }
}
