package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import org.apache.arrow.memory.util.MemoryUtil;

/** Category keys are the dictionary indices themselves: no hashing, no strings. */
final class CategoryKeys extends KeyEncoder {

    private final String[] values;
    private final int[] canonical;

    CategoryKeys(ColumnData column) {
        super(column);
        this.values = column.categories();
        this.canonical = column.canonicalIds();
    }

    @Override
    public void encode(int batch, int from, int len, int[] ids) {
        Chunk chunk = column.chunk(batch);
        long base = chunk.data + ((long) from << 2);
        long validity = chunk.validity;
        long missing = 0;
        if (validity == 0 && canonical == null) {
            for (int i = 0; i < len; i++) {
                if (ids[i] >= 0) {
                    ids[i] = MemoryUtil.getInt(base + ((long) i << 2));
                }
            }
            return;
        }
        for (int i = 0; i < len; i++) {
            if (ids[i] >= 0) {
                if (validity != 0 && !Chunk.isSet(validity, from + i)) {
                    ids[i] = -1;
                    missing++;
                    continue;
                }
                int index = MemoryUtil.getInt(base + ((long) i << 2));
                int id = canonical == null ? index : canonical[index];
                if (id < 0) {
                    missing++;
                }
                ids[i] = id;
            }
        }
        nulls += missing;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean fixedIds() {
        return true;
    }

    @Override
    public Object value(int id) {
        return values[id];
    }

    @Override
    public int compare(int a, int b) {
        return values[a].compareTo(values[b]);
    }
}
