package io.datasage.ai.planner;

/**
 * What one column means, as the planner reads it: shared by chat answers, the dashboard designer and the insights.
 *
 * @param name the column's name as in the file
 * @param type the profiled type (integer, decimal, boolean, date, datetime, category, text)
 * @param unit "$", "%" or null
 * @param role what the column is for
 * @param additive whether a total of it means something (sales, quantity) rather than only an average (price, age)
 * @param aggregation the aggregation a chart uses when the question names none: {@code sum}, {@code mean}, or
 *     {@code count} for identifiers and labels
 * @param entity the thing the column identifies or names ("customer" for Customer Name), or null
 * @param rowGrain whether each row has its own value (an order id unique per row): counting it counts rows
 * @param yesValue the value meaning true in a yes/no column, or null
 * @param distinct the number of distinct values
 * @param nulls the number of empty cells
 */
public record ColumnMeaning(
        String name,
        String type,
        String unit,
        ColumnRole role,
        boolean additive,
        String aggregation,
        String entity,
        boolean rowGrain,
        String yesValue,
        long distinct,
        long nulls) {

    /** A number to aggregate. */
    public boolean isMeasure() {
        return role == ColumnRole.MEASURE;
    }

    /** A date or an integer year: a time axis. */
    public boolean isTime() {
        return role == ColumnRole.DATE || role == ColumnRole.YEAR;
    }
}
