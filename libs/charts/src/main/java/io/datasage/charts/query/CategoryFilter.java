package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import java.util.function.Predicate;
import org.apache.arrow.memory.util.MemoryUtil;

/** Category filters are decided once per dictionary entry; rows then only look up their index. */
final class CategoryFilter extends RowFilter {

    private final boolean[] passes;
    private final int[] canonical;

    CategoryFilter(ColumnData column, Predicate<String> predicate) {
        super(column);
        String[] values = column.categories();
        this.passes = new boolean[values.length];
        for (int id = 0; id < values.length; id++) {
            passes[id] = predicate.test(values[id]);
        }
        this.canonical = column.canonicalIds();
    }

    @Override
    void apply(int batch, int from, int len, int[] ids) {
        Chunk chunk = column.chunk(batch);
        long validity = chunk.validity;
        long base = chunk.data + ((long) from << 2);
        for (int i = 0; i < len; i++) {
            if (ids[i] < 0) {
                continue;
            }
            if (validity != 0 && !Chunk.isSet(validity, from + i)) {
                ids[i] = -1;
                continue;
            }
            int index = MemoryUtil.getInt(base + ((long) i << 2));
            int id = canonical == null ? index : canonical[index];
            if (id < 0 || !passes[id]) {
                ids[i] = -1;
            }
        }
    }
}
