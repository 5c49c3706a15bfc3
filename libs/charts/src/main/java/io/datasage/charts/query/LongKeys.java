package io.datasage.charts.query;

import io.datasage.charts.ColumnType;
import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.spec.TimeGrain;

/**
 * Integer, date and datetime keys; dates and datetimes are bucketed to the first day of their grain period.
 * A small direct-mapped memo in front of the hash map skips the calendar math and the lookup for repeated
 * values, which is what date columns mostly hold.
 */
final class LongKeys extends KeyEncoder {

    private static final int MEMO = 4096;

    private final TimeGrain grain;
    private final boolean dateValues;
    private final LongIntMap map = new LongIntMap();
    private final long[] memoKeys = new long[MEMO];
    private final int[] memoIds = new int[MEMO];

    LongKeys(ColumnData column, TimeGrain grain) {
        super(column);
        this.grain = grain;
        this.dateValues = column.type() == ColumnType.DATE;
        java.util.Arrays.fill(memoKeys, Long.MIN_VALUE);
    }

    @Override
    public void encode(int batch, int from, int len, int[] ids) {
        Chunk chunk = column.chunk(batch);
        long validity = chunk.validity;
        for (int i = 0; i < len; i++) {
            if (ids[i] < 0) {
                continue;
            }
            int row = from + i;
            if (validity != 0 && !Chunk.isSet(validity, row)) {
                ids[i] = -1;
                nulls++;
                continue;
            }
            long raw = dateValues ? chunk.getInt(row) : chunk.getLong(row);
            int slot = (int) (raw ^ (raw >>> 32)) & (MEMO - 1);
            if (memoKeys[slot] == raw && raw != Long.MIN_VALUE) {
                ids[i] = memoIds[slot];
            } else {
                int id = map.idOf(bucket(raw));
                memoKeys[slot] = raw;
                memoIds[slot] = id;
                ids[i] = id;
            }
        }
    }

    private long bucket(long raw) {
        if (grain == null) {
            return raw;
        }
        long day = dateValues ? raw : DayMath.dayOfMillis(raw);
        return DayMath.truncate(day, grain);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Object value(int id) {
        long key = map.key(id);
        if (column.type() == ColumnType.INTEGER) {
            return key;
        }
        return grain != null || dateValues ? DayMath.isoDate(key) : DayMath.isoDateTime(key);
    }

    @Override
    public String label(int id) {
        return grain != null ? DayMath.label(map.key(id), grain) : String.valueOf(value(id));
    }

    @Override
    public int compare(int a, int b) {
        return Long.compare(map.key(a), map.key(b));
    }

    /** The key as a number: the integer, or the epoch day of the bucket / date, or epoch millis. */
    long key(int id) {
        return map.key(id);
    }
}
