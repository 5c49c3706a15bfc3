package io.datasage.dataset.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes the progress streams of a dataset on this replica as soon as it recorded a change of that dataset, so that
 * a READY reaches the browser without waiting for the stream's next look at the store (which stays, for changes
 * another replica recorded).
 */
@ApplicationScoped
public class ProgressSignals {

    private final Map<String, Set<MultiEmitter<? super String>>> listeners = new ConcurrentHashMap<>();

    /** Tells the streams following {@code datasetId} here to look at the store now. */
    public void changed(String datasetId) {
        Set<MultiEmitter<? super String>> following = listeners.get(datasetId);
        if (following != null) {
            following.forEach(e -> e.emit(datasetId));
        }
    }

    /** One item each time {@link #changed} names the dataset, while subscribed; extra wake-ups are dropped. */
    public Multi<String> of(String datasetId) {
        return Multi.createFrom()
                .emitter(
                        emitter -> {
                            listeners
                                    .computeIfAbsent(datasetId, k -> ConcurrentHashMap.newKeySet())
                                    .add(emitter);
                            emitter.onTermination(() -> listeners.computeIfPresent(datasetId, (k, set) -> {
                                set.remove(emitter);
                                return set.isEmpty() ? null : set;
                            }));
                        },
                        BackPressureStrategy.DROP);
    }

    /** How many datasets are followed on this replica (for tests: a finished stream leaves nothing behind). */
    int followed() {
        return listeners.size();
    }
}
