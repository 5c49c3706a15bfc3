package io.datasage.ingest.pipeline;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.arrow.ArrowFileSink;
import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.ColumnConverter;
import io.datasage.ingest.stats.DatasetStats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes filled batches to Arrow and the statistics on a second thread while the reading thread fills the next
 * batch: each converter double-buffers, and a batch is only refilled after its previous write finished.
 */
final class BatchWriter implements AutoCloseable {

    private final List<ColumnConverter<?>> converters;
    private final ArrowFileSink sink;
    private final DatasetStats stats;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "datasage-ingest-writer");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> pending;

    BatchWriter(List<ColumnConverter<?>> converters, ArrowFileSink sink, DatasetStats stats) {
        this.converters = converters;
        this.sink = sink;
        this.stats = stats;
    }

    /** Hands the first {@code rows} rows of every converter's current batch over for writing. */
    void flush(int rows) throws IngestException {
        awaitPending();
        List<ColumnBatch> batches = new ArrayList<>(converters.size());
        for (ColumnConverter<?> converter : converters) {
            batches.add(converter.take());
        }
        pending = executor.submit(() -> {
            sink.write(batches, rows);
            stats.accept(batches, rows);
            return null;
        });
    }

    /** Waits for the last batch to be written. */
    void awaitPending() throws IngestException {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw new IngestException(
                        "writing", "the Arrow file could not be written: " + cause.getMessage(), cause);
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("writing", "the ingest was interrupted", e);
        } finally {
            pending = null;
        }
    }

    @Override
    public void close() {
        if (pending != null) {
            try {
                pending.get();
            } catch (ExecutionException | InterruptedException | RuntimeException e) {
                // Already failing: the first error is the one to report.
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        executor.shutdownNow();
    }
}
