package io.datasage.dashboard.service;

import com.mongodb.MongoException;
import io.datasage.dashboard.repository.ChartRenderEntity;
import io.datasage.dashboard.repository.ChartRenderRepository;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes renders to the store's render cache off the request path, one at a time. The queue is bounded: when the
 * store falls behind, renders are simply not cached there (memory still holds them), never a request slowed.
 */
@ApplicationScoped
public class RenderWrites {

    private static final int QUEUE = 256;

    private final ChartRenderRepository cache;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            r -> {
                Thread t = new Thread(r, "datasage-render-writes");
                t.setDaemon(true);
                return t;
            },
            new ThreadPoolExecutor.DiscardPolicy());

    public RenderWrites(ChartRenderRepository cache) {
        this.cache = cache;
    }

    /** Queues the entry for writing; drops it when the queue is full. */
    void submit(ChartRenderEntity entity) {
        executor.execute(() -> {
            try {
                cache.persistOrUpdate(entity);
            } catch (MongoException | IllegalArgumentException e) {
                Log.warnf("Could not cache chart %s: %s", entity.id, e.getMessage());
            }
        });
    }

    /** Waits (at most 10 s) until every write queued before this call is done. */
    void awaitQueued() {
        try {
            executor.submit(() -> {}).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            // A full queue or a slow store: the cleanup goes on; the sweep removes a late render after the TTL.
            Log.warnf("Render writes still queued while forgetting a dataset: %s", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
