package io.datasage.worker.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyses running in this worker, each re-announcing its progress every heartbeat interval, however long a
 * phase takes: dataset-service reads the silence of a hung or dead worker as a lapsed lease and queues the
 * dataset again.
 */
@ApplicationScoped
public class Heartbeats {

    private final Map<Object, ThrottledProgress> running = new ConcurrentHashMap<>();

    /** Starts beating for one analysis until the returned handle is closed. */
    Registration register(ThrottledProgress progress) {
        Object key = new Object();
        running.put(key, progress);
        return () -> running.remove(key);
    }

    @Scheduled(
            every = "${datasage.worker.heartbeat-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beat() {
        running.values().forEach(ThrottledProgress::heartbeat);
    }

    /** Ends the heartbeats of one analysis. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
