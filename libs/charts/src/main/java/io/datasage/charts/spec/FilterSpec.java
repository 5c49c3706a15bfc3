package io.datasage.charts.spec;

import io.datasage.charts.ColumnInfo;
import java.util.List;

/**
 * A validated filter: the real column, the operator and its values parsed for the column's type
 * ({@link java.math.BigDecimal} for numbers, {@link Period} for dates, {@link Boolean}, or {@link String} for text).
 * {@code in} has one or more values, {@code between} exactly two (low, high), the others one.
 *
 * @param original the value as written in the spec, echoed in the resolved spec
 */
public record FilterSpec(ColumnInfo column, FilterOp op, List<Object> values, Object original) {}
