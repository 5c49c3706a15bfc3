package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import java.util.function.Predicate;

/** Free-text filters decode each candidate row's value; nulls never pass. */
final class TextFilter extends RowFilter {

    private final Predicate<String> predicate;

    TextFilter(ColumnData column, Predicate<String> predicate) {
        super(column);
        this.predicate = predicate;
    }

    @Override
    void apply(int batch, int from, int len, int[] ids) {
        Chunk chunk = column.chunk(batch);
        for (int i = 0; i < len; i++) {
            if (ids[i] < 0) {
                continue;
            }
            int row = from + i;
            if (!chunk.isValid(row) || !predicate.test(chunk.getString(row))) {
                ids[i] = -1;
            }
        }
    }
}
