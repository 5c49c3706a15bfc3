package io.datasage.dashboard.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Cached chart renders. */
@ApplicationScoped
public class ChartRenderRepository implements PanacheMongoRepositoryBase<ChartRenderEntity, String> {

    void createIndexes(@Observes StartupEvent event) {
        mongoCollection().createIndex(Indexes.ascending("datasetId"));
        mongoCollection().createIndex(Indexes.ascending("createdAt"), new IndexOptions().name("render_age"));
    }

    /** Forgets every render of a dataset. */
    public long deleteByDataset(String datasetId) {
        return delete("datasetId", datasetId);
    }

    /** Forgets renders made before {@code cutoff}. */
    public long deleteOlderThan(Instant cutoff) {
        return mongoCollection().deleteMany(Filters.lt("createdAt", cutoff)).getDeletedCount();
    }

    /** Forgets the {@code n} oldest renders. */
    public long deleteOldest(int n) {
        List<Object> ids = new ArrayList<>(n);
        mongoCollection()
                .withDocumentClass(Document.class)
                .find()
                .sort(Sorts.ascending("createdAt"))
                .projection(Projections.include("_id"))
                .limit(n)
                .forEach(d -> ids.add(d.get("_id")));
        return ids.isEmpty()
                ? 0
                : mongoCollection().deleteMany(Filters.in("_id", ids)).getDeletedCount();
    }
}
