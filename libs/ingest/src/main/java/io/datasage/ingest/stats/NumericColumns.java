package io.datasage.ingest.stats;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.DoubleBatch;
import io.datasage.ingest.batch.LongBatch;
import io.datasage.ingest.infer.ColumnSpec;
import java.util.ArrayList;
import java.util.List;

/** The numeric columns a cross-column analysis looks at: the first {@link #MAX} in file order. */
final class NumericColumns {

    static final int MAX = 50;

    private final int[] indexes;
    private final boolean[] integral;
    private final List<String> names = new ArrayList<>();
    private final List<String> omitted = new ArrayList<>();

    NumericColumns(List<ColumnSpec> specs) {
        List<ColumnSpec> numeric = new ArrayList<>();
        for (ColumnSpec spec : specs) {
            if (spec.type().isNumeric()) {
                if (numeric.size() < MAX) {
                    numeric.add(spec);
                } else {
                    omitted.add(spec.name());
                }
            }
        }
        indexes = new int[numeric.size()];
        integral = new boolean[numeric.size()];
        for (int i = 0; i < numeric.size(); i++) {
            indexes[i] = numeric.get(i).index();
            integral[i] = numeric.get(i).type() == io.datasage.ingest.ColumnType.INTEGER;
            names.add(numeric.get(i).name());
        }
    }

    int size() {
        return indexes.length;
    }

    List<String> names() {
        return names;
    }

    List<String> omitted() {
        return omitted;
    }

    boolean isValid(List<? extends ColumnBatch> batches, int column, int row) {
        return batches.get(indexes[column]).isValid(row);
    }

    /** The value of numeric column {@code column} at {@code row}; only meaningful when valid. */
    double value(List<? extends ColumnBatch> batches, int column, int row) {
        ColumnBatch batch = batches.get(indexes[column]);
        return integral[column] ? ((LongBatch) batch).get(row) : ((DoubleBatch) batch).get(row);
    }
}
