package io.datasage.ingest.batch;

import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Category columns: each value becomes its index in the dictionary the first pass built. */
public final class CategoryConverter extends ColumnConverter<IndexBatch> {

    private final Map<String, Integer> indexes;
    private final List<String> dictionary;

    public CategoryConverter(ColumnSpec spec, NullTokens nullTokens, int capacity) {
        super(spec, nullTokens, new IndexBatch(capacity), new IndexBatch(capacity));
        this.dictionary = spec.dictionary();
        this.indexes = new HashMap<>(dictionary.size() * 2);
        for (int i = 0; i < dictionary.size(); i++) {
            indexes.put(dictionary.get(i), i);
        }
    }

    @Override
    protected boolean convert(IndexBatch batch, int row, String raw, String trimmed) {
        Integer index = indexes.get(raw);
        if (index == null) {
            return false;
        }
        batch.set(row, index);
        return true;
    }

    @Override
    public Object preview(int row) {
        IndexBatch batch = current();
        return batch.isValid(row) ? dictionary.get(batch.get(row)) : null;
    }
}
