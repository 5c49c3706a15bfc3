package io.datasage.charts.query;

import io.datasage.charts.ColumnType;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.spec.TimeGrain;

/**
 * Turns a column's values into dense int ids for grouping: a category's dictionary index, a hashed integer,
 * a date bucketed by its time grain, a text's bytes. Nulls get -1 and are counted, never grouped.
 */
public abstract class KeyEncoder {

    protected final ColumnData column;
    protected long nulls;

    protected KeyEncoder(ColumnData column) {
        this.column = column;
    }

    /** The encoder for {@code column}; {@code grain} buckets dates and datetimes (null: exact values). */
    public static KeyEncoder of(ColumnData column, TimeGrain grain) {
        switch (column.type()) {
            case CATEGORY:
                return new CategoryKeys(column);
            case BOOLEAN:
                return new BooleanKeys(column);
            case DECIMAL:
                return new DoubleKeys(column);
            case TEXT:
                return new TextKeys(column);
            default:
                return new LongKeys(column, column.type().isTemporal() ? grain : null);
        }
    }

    public ColumnData column() {
        return column;
    }

    /**
     * Rows of the window whose id is >= 0 get this column's key id, or -1 (counted) when the value is null.
     *
     * <p>Each encoder has its own copy of the row loop and null check on purpose: one shared loop calling a per-row
     * method would make that call megamorphic on the engine's hottest path.
     */
    public abstract void encode(int batch, int from, int len, int[] ids);

    /** Ids issued so far; for dictionary-like keys, all possible ids. */
    public abstract int size();

    /** Whether ids are fixed before reading (category, boolean): unused ids then have no rows. */
    public boolean fixedIds() {
        return false;
    }

    /** The key as a row value: String, Long, Double, Boolean, or an ISO date / date-time string. */
    public abstract Object value(int id);

    /** The key as a chart label. */
    public String label(int id) {
        return String.valueOf(value(id));
    }

    /** Natural order of two ids' keys (text, number or time). */
    public abstract int compare(int a, int b);

    /** Null values seen. */
    public long nulls() {
        return nulls;
    }

    /** The type of the keys' values, for axis types. */
    public ColumnType type() {
        return column.type();
    }
}
