package io.datasage.vector.service;

import io.datasage.vector.config.VectorConfig;
import io.datasage.vector.embedding.TextEmbedder;
import io.datasage.vector.index.VectorIndex;
import io.datasage.vector.repository.VectorDocumentEntity;
import io.datasage.vector.repository.VectorDocumentRepository;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index's own background thread: at start it loads the model and opens (or repairs and rebuilds) the index
 * without holding up start-up; afterwards it embeds waiting documents whenever woken and on a timer, and runs
 * rebuilds. Consumers and requests never wait for it.
 */
@ApplicationScoped
public class IndexMaintainer {

    static final long RETRY_START_SECONDS = 10;
    static final int MAX_CONSECUTIVE_FAILURES = 3;
    /** How long a remembered question may stay searchable but uncommitted. */
    static final long COMMIT_SECONDS = 2;

    private final VectorConfig config;
    private final TextEmbedder embedder;
    private final IndexHolder holder;
    private final IndexRebuilder rebuilder;
    private final DocumentIndexer indexer;
    private final VectorDocumentRepository documents;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();

    public IndexMaintainer(
            VectorConfig config,
            TextEmbedder embedder,
            IndexHolder holder,
            IndexRebuilder rebuilder,
            DocumentIndexer indexer,
            VectorDocumentRepository documents) {
        this.config = config;
        this.embedder = embedder;
        this.holder = holder;
        this.rebuilder = rebuilder;
        this.indexer = indexer;
        this.documents = documents;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vector-indexer");
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        });
    }

    void onStart(@Observes StartupEvent event) {
        worker.execute(this::warmUp);
        long sweep = config.embedding().sweepInterval().toMillis();
        worker.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
        worker.scheduleWithFixedDelay(this::commitRemembered, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Asks for waiting documents to be embedded soon; returns at once. */
    public void wake() {
        if (drainQueued.compareAndSet(false, true)) {
            submit(() -> {
                drainQueued.set(false);
                drain();
            });
        }
    }

    /** Asks for the index to be rebuilt from the store soon; returns at once. Requests made meanwhile share that rebuild. */
    public void requestRebuild() {
        if (rebuildQueued.compareAndSet(false, true)) {
            submit(() -> {
                rebuildQueued.set(false);
                holder.opened().ifPresent(rebuilder::rebuild);
                drain();
            });
        }
    }

    private void warmUp() {
        try {
            long started = System.nanoTime();
            embedder.embed("warm up");
            long modelMs = (System.nanoTime() - started) / 1_000_000;
            VectorIndex index = VectorIndex.openOrReset(Path.of(config.indexDir()), embedder.dimension());
            holder.open(index);
            rebuilder.rebuildIfNeeded(index);
            holder.markReady();
            Log.infof(
                    "Vector index ready at %s: %d documents (model loaded in %d ms, ready after %d ms)",
                    config.indexDir(), index.count(), modelMs, (System.nanoTime() - started) / 1_000_000);
            drain();
        } catch (LockObtainFailedException e) {
            Log.warnf(
                    "The vector index at %s is still open in another process (a previous instance shutting down?); retrying in %d s",
                    config.indexDir(), RETRY_START_SECONDS);
            closeHalfOpened();
            worker.schedule(this::warmUp, RETRY_START_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Never fail start-up: stay unready, say why, and try again.
            Log.errorf(
                    e,
                    "Could not open the vector index at %s; retrying in %d s",
                    config.indexDir(),
                    RETRY_START_SECONDS);
            closeHalfOpened();
            worker.schedule(this::warmUp, RETRY_START_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Commits the questions remembered since the last commit (they are searchable already). */
    private void commitRemembered() {
        try {
            holder.opened().ifPresent(VectorIndex::commitIfChanged);
        } catch (RuntimeException e) {
            // The questions are in the store; the index lags behind until it is rebuilt from it.
            holder.markStale(true);
            Log.errorf(
                    e, "Could not commit remembered questions to the vector index; it will be rebuilt from the store");
        }
    }

    private void sweep() {
        if (!holder.ready()) {
            return;
        }
        if (holder.stale()) {
            holder.opened().ifPresent(rebuilder::rebuild);
        }
        drain();
        // Replicas each embed what they consume, but another replica may have embedded a document first: then this
        // index misses it while the store has it. Comparing the counts finds that and rebuilds from stored vectors.
        holder.opened().ifPresent(rebuilder::rebuildIfNeeded);
    }

    private void drain() {
        if (!holder.ready()) {
            return;
        }
        String after = "";
        try {
            // One pass over the waiting documents in id order, so that a document that keeps failing cannot stall the
            // rest.
            while (!Thread.currentThread().isInterrupted()) {
                List<VectorDocumentEntity> batch = documents.listAllWherePendingAfter(
                        after, config.embedding().pendingPerRound());
                if (batch.isEmpty()) {
                    return;
                }
                after = batch.get(batch.size() - 1).id;
                indexBatch(batch);
            }
        } catch (RuntimeException e) {
            Log.warnf(
                    e,
                    "Embedding waiting documents failed; they stay in the store and are retried in %s",
                    config.embedding().sweepInterval());
        }
    }

    private void indexBatch(List<VectorDocumentEntity> batch) {
        try {
            indexer.index(batch);
            return;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                throw e;
            }
            Log.warnf("Embedding a batch of %d documents failed (%s); trying them one by one", batch.size(), e);
        }
        // Find the bad document instead of giving up on the whole round; a run of failures means the cause is not one
        // document.
        int consecutiveFailures = 0;
        for (VectorDocumentEntity doc : batch) {
            try {
                indexer.index(List.of(doc));
                consecutiveFailures = 0;
            } catch (RuntimeException e) {
                Log.warnf("Could not index document %s (%s); it is retried later", doc.id, e);
                if (++consecutiveFailures == MAX_CONSECUTIVE_FAILURES) {
                    throw e;
                }
            }
        }
    }

    private void closeHalfOpened() {
        holder.opened().ifPresent(index -> {
            holder.open(null);
            try {
                index.close();
            } catch (Exception e) {
                Log.debug("Closing a half-opened index failed", e);
            }
        });
    }

    private void submit(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            Log.debug("Vector indexer is shutting down; task dropped, the store keeps the work for the next start");
        }
    }
}
