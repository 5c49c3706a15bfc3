package io.datasage.ingest.pipeline;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.source.RowView;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the first pass's per-row work on a second thread: the reading thread copies rows into one of two chunks
 * while the other chunk is being looked at.
 */
final class ChunkedRows implements AutoCloseable {

    private static final int CHUNK_CELLS = 64 * 1024;

    private final FirstPassRows rows;
    private final RowChunk[] chunks = new RowChunk[2];
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "datasage-ingest-inference");
        thread.setDaemon(true);
        return thread;
    });
    private int current;
    private Future<?> pending;

    ChunkedRows(FirstPassRows rows, int width) {
        this.rows = rows;
        int capacity = Math.max(16, CHUNK_CELLS / width);
        chunks[0] = new RowChunk(width, capacity);
        chunks[1] = new RowChunk(width, capacity);
    }

    void add(RowView row) throws IngestException {
        RowChunk chunk = chunks[current];
        chunk.add(row);
        if (chunk.isFull()) {
            flush();
        }
    }

    private void flush() throws IngestException {
        await();
        RowChunk chunk = chunks[current];
        pending = executor.submit(() -> {
            rows.observe(chunk);
            chunk.clear();
        });
        current = 1 - current;
    }

    /** Hands over the last rows and waits until every row has been looked at. */
    void finish() throws IngestException {
        if (chunks[current].size() > 0) {
            flush();
        }
        await();
    }

    private void await() throws IngestException {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("parsing", "the ingest was interrupted", e);
        } finally {
            pending = null;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            // Never return while the other thread may still touch the inference state.
            executor.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
