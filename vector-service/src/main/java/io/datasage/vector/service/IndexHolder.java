package io.datasage.vector.service;

import io.datasage.platform.problem.ProblemException;
import io.datasage.vector.index.VectorIndex;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Holds the one open vector index, whether it may be searched yet, and the lock that keeps the store and the
 * index in step: every change to {@code vector_documents} and its index entries happens under it.
 */
@ApplicationScoped
public class IndexHolder {

    private final ReentrantLock writes = new ReentrantLock();
    private volatile VectorIndex index;
    private volatile boolean ready;
    private volatile boolean stale;

    /** The index, for searching; 503 while the model loads or the index is first built. */
    public VectorIndex forReading() {
        VectorIndex current = index;
        if (!ready || current == null) {
            throw new ProblemException(
                    503,
                    "Service Unavailable",
                    "The search index is starting up; try again in a few seconds.",
                    Duration.ofSeconds(5));
        }
        return current;
    }

    /** The index for writing, once it is open (possibly before it is ready). */
    public Optional<VectorIndex> opened() {
        return Optional.ofNullable(index);
    }

    /** Runs {@code change} alone: no other store-and-index change interleaves with it. */
    public <T> T locked(Supplier<T> change) {
        writes.lock();
        try {
            return change.get();
        } finally {
            writes.unlock();
        }
    }

    /** Runs {@code change} alone. */
    public void locked(Runnable change) {
        locked(() -> {
            change.run();
            return null;
        });
    }

    /** True once searches are answered. */
    public boolean ready() {
        return ready;
    }

    /** True when a write reached the store but not the index: only a rebuild brings them together again. */
    public boolean stale() {
        return stale;
    }

    void open(VectorIndex opened) {
        this.index = opened;
    }

    void markReady() {
        this.ready = true;
    }

    void markStale(boolean value) {
        this.stale = value;
    }

    @PreDestroy
    void close() {
        VectorIndex current = index;
        ready = false;
        index = null;
        if (current != null) {
            locked(() -> {
                try {
                    current.close();
                } catch (IOException e) {
                    Log.warn("Could not close the vector index cleanly; it is checked at the next start", e);
                }
            });
        }
    }
}
