package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;

/** Reads one cell as a row value (Long, Double, Boolean, String, ISO date string) or null. */
public final class Cells {

    private Cells() {}

    public static Object value(ColumnData column, int batch, int row) {
        Chunk chunk = column.chunk(batch);
        if (!chunk.isValid(row)) {
            return null;
        }
        switch (column.type()) {
            case INTEGER:
                return chunk.getLong(row);
            case DECIMAL:
                return chunk.getDouble(row);
            case BOOLEAN:
                return chunk.getBit(row);
            case DATE:
                return DayMath.isoDate(chunk.getInt(row));
            case DATETIME:
                return DayMath.isoDateTime(chunk.getLong(row));
            case CATEGORY:
                int index = chunk.getInt(row);
                int[] canonical = column.canonicalIds();
                int id = canonical == null ? index : canonical[index];
                return id < 0 ? null : column.categories()[id];
            default:
                return chunk.getString(row);
        }
    }

    /** A numeric or temporal cell as a double (dates as epoch days, datetimes as epoch millis); NaN when null. */
    public static double number(ColumnData column, int batch, int row) {
        Chunk chunk = column.chunk(batch);
        if (!chunk.isValid(row)) {
            return Double.NaN;
        }
        switch (column.type()) {
            case DECIMAL:
                return chunk.getDouble(row);
            case DATE:
                return chunk.getInt(row);
            case BOOLEAN:
                return chunk.getBit(row) ? 1 : 0;
            default:
                return chunk.getLong(row);
        }
    }
}
