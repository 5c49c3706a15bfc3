package io.datasage.dashboard.repository;

import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Cached chart renders. */
@ApplicationScoped
public class ChartRenderRepository implements PanacheMongoRepositoryBase<ChartRenderEntity, String> {

    void createIndexes(@Observes StartupEvent event) {
        mongoCollection().createIndex(Indexes.ascending("datasetId"));
    }

    /** Forgets every render of a dataset. */
    public long deleteByDataset(String datasetId) {
        return delete("datasetId", datasetId);
    }
}
