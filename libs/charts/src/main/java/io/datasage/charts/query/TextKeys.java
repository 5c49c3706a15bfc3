package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;

/** Text keys by their Utf8 bytes, hashed in place. */
final class TextKeys extends KeyEncoder {

    private final BytesIntMap map = new BytesIntMap();
    private String[] strings = new String[0];

    TextKeys(ColumnData column) {
        super(column);
    }

    @Override
    public void encode(int batch, int from, int len, int[] ids) {
        Chunk chunk = column.chunk(batch);
        for (int i = 0; i < len; i++) {
            if (ids[i] >= 0) {
                int row = from + i;
                if (!chunk.isValid(row)) {
                    ids[i] = -1;
                    nulls++;
                } else {
                    int start = chunk.textStart(row);
                    ids[i] = map.idOf(chunk.data + start, chunk.textEnd(row) - start);
                }
            }
        }
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Object value(int id) {
        if (strings.length != map.size()) {
            String[] all = new String[map.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i < strings.length ? strings[i] : map.string(i);
            }
            strings = all;
        }
        return strings[id];
    }

    @Override
    public int compare(int a, int b) {
        return ((String) value(a)).compareTo((String) value(b));
    }
}
