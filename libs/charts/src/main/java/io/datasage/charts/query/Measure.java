package io.datasage.charts.query;

import io.datasage.charts.ColumnType;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.spec.Aggregation;

/**
 * One aggregate per group, accumulated window by window into primitive arrays indexed by group id. Null values
 * are skipped and counted; a group whose values are all null has a null result (never a zero), except counts.
 */
public abstract class Measure {

    protected final ColumnData column;
    protected long nulls;

    protected Measure(ColumnData column) {
        this.column = column;
    }

    /** The measure for {@code aggregation} over {@code column} (null column: count of rows). */
    public static Measure of(Aggregation aggregation, ColumnData column) {
        if (column == null) {
            return new CountRows();
        }
        ColumnType type = column.type();
        switch (aggregation) {
            case COUNT:
                return new CountValues(column);
            case COUNT_DISTINCT:
                return new CountDistinct(column);
            case SUM:
            case MEAN:
                return type == ColumnType.DECIMAL
                        ? new SumDouble(column, aggregation == Aggregation.MEAN)
                        : new SumLong(column, aggregation == Aggregation.MEAN);
            case MEDIAN:
                return new Median(column);
            case MIN:
            case MAX:
                return type == ColumnType.DECIMAL
                        ? new MinMaxDouble(column, aggregation == Aggregation.MAX)
                        : new MinMaxLong(column, aggregation == Aggregation.MAX);
            default:
                throw new IllegalArgumentException("unsupported aggregation " + aggregation);
        }
    }

    /** Makes room for group ids below {@code groups}. */
    public abstract void grow(int groups);

    /** Adds the window's rows whose group id is >= 0. */
    public abstract void add(int batch, int from, int len, int[] gid);

    /** Called once after the last window, before results are read. */
    public void finish(int groups) {}

    /** The result as a row value: Long, Double, BigInteger, an ISO date string, or null. */
    public abstract Object value(int group);

    /** The result as a double for ordering and plotting (dates as epoch days / millis); NaN when null. */
    public abstract double number(int group);

    /** Non-null values that went into {@code group} (for "n = ..." in summaries). */
    public abstract long count(int group);

    /** Null values skipped. */
    public long nulls() {
        return nulls;
    }

    public ColumnData column() {
        return column;
    }

    /** Results are dates or datetimes (min/max of a temporal column). */
    public boolean temporal() {
        return false;
    }

    static int capacity(int current, int groups) {
        int capacity = Math.max(16, current);
        while (capacity < groups) {
            capacity *= 2;
        }
        return capacity;
    }
}
