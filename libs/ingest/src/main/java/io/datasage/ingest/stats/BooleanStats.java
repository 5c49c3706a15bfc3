package io.datasage.ingest.stats;

import io.datasage.ingest.batch.BooleanBatch;
import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.profile.BooleanSummary;
import io.datasage.ingest.profile.ValueCount;
import java.util.ArrayList;
import java.util.List;

/** True and false counts. */
final class BooleanStats extends ColumnStats {

    private long trues;
    private long falses;

    @Override
    public void accept(ColumnBatch batch, int rows) {
        BooleanBatch values = (BooleanBatch) batch;
        for (int i = 0; i < rows; i++) {
            if (values.isValid(i)) {
                if (values.get(i)) {
                    trues++;
                } else {
                    falses++;
                }
            }
        }
    }

    @Override
    void finish(ColumnProfileParts parts) {
        parts.count = trues + falses;
        parts.distinct = (trues > 0 ? 1 : 0) + (falses > 0 ? 1 : 0);
        List<ValueCount> top = new ArrayList<>();
        if (trues > 0) {
            top.add(new ValueCount("true", trues));
        }
        if (falses > 0) {
            top.add(new ValueCount("false", falses));
        }
        top.sort((a, b) -> Long.compare(b.count(), a.count()));
        parts.topValues = top;
        parts.booleans = new BooleanSummary(trues, falses);
    }
}
