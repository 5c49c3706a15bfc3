package io.datasage.ingest.pipeline;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.arrow.ArrowFileSink;
import io.datasage.ingest.batch.ColumnConverter;
import io.datasage.ingest.batch.Converters;
import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;
import io.datasage.ingest.source.RowCursor;
import io.datasage.ingest.source.RowSource;
import io.datasage.ingest.stats.DatasetStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;

/**
 * The second pass: converts every value to its column's type, writes Arrow record batches and feeds the statistics.
 */
final class WritePass {

    /**
     * Cells per batch (two batches are alive at a time, roughly 20 bytes per cell plus text values): 4 million,
     * fewer on small heaps, so very wide files get shorter batches and memory stays bounded.
     */
    private static final int CELLS_PER_BATCH = (int)
            Math.max(64 * 1024, Math.min(4L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 256));

    private static final int PROGRESS_EVERY = 4096;

    private final IngestOptions options;
    private final NullTokens nullTokens;
    private final Progress progress;

    WritePass(IngestOptions options, NullTokens nullTokens, Progress progress) {
        this.options = options;
        this.nullTokens = nullTokens;
        this.progress = progress;
    }

    /** Converted rows, their preview, and the converters (which hold the null and invalid counts). */
    record Result(long rows, List<List<Object>> preview, List<ColumnConverter<?>> converters) {}

    Result run(
            RowSource source,
            InferenceResult inference,
            List<ColumnSpec> specs,
            Path arrowFile,
            BufferAllocator allocator,
            DatasetStats stats)
            throws IngestException, IOException {
        int width = inference.layout().width();
        int batchRows = Math.max(1, Math.min(options.batchRows(), Math.max(1024, CELLS_PER_BATCH / width)));
        List<ColumnConverter<?>> converters = new ArrayList<>(width);
        for (ColumnSpec spec : specs) {
            converters.add(Converters.forSpec(spec, nullTokens, batchRows));
        }
        List<List<Object>> preview = new ArrayList<>();
        long rows = 0;
        try (RowCursor cursor = source.open();
                ArrowFileSink sink = new ArrowFileSink(arrowFile, specs, allocator);
                BatchWriter writer = new BatchWriter(converters, sink, stats)) {
            int toSkip = inference.layout().skippedRows();
            int r = 0;
            while (cursor.next()) {
                if (cursor.isBlank()) {
                    continue;
                }
                if (toSkip > 0) {
                    toSkip--;
                    continue;
                }
                int size = Math.min(cursor.size(), width);
                for (int c = 0; c < width; c++) {
                    converters.get(c).convert(r, c < size ? cursor.get(c) : null);
                }
                if (preview.size() < options.previewRows()) {
                    preview.add(previewRow(converters, r));
                }
                rows++;
                if (++r == batchRows) {
                    writer.flush(r);
                    r = 0;
                }
                if (rows % PROGRESS_EVERY == 0) {
                    progress.report(Progress.WRITING, rows / (double) inference.rows(), rows);
                }
            }
            if (r > 0) {
                writer.flush(r);
            }
            writer.awaitPending();
            sink.finish();
        }
        progress.report(Progress.WRITING, 1, rows);
        return new Result(rows, preview, converters);
    }

    private static List<Object> previewRow(List<ColumnConverter<?>> converters, int r) {
        List<Object> row = new ArrayList<>(converters.size());
        for (ColumnConverter<?> converter : converters) {
            row.add(converter.preview(r));
        }
        return row;
    }
}
