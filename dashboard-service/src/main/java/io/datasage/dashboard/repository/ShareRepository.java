package io.datasage.dashboard.repository;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;

/** Share links; owner-facing queries are scoped to the owner and the dashboard. */
@ApplicationScoped
public class ShareRepository implements PanacheMongoRepositoryBase<ShareEntity, String> {

    void createIndexes(@Observes StartupEvent event) {
        mongoCollection()
                .createIndex(
                        Indexes.ascending("tokenHash"),
                        new IndexOptions().unique(true).name("share_token_unique"));
        mongoCollection().createIndex(Indexes.ascending("dashboardId"));
        mongoCollection().createIndex(Indexes.ascending("datasetId"));
    }

    /** The share whose token hashes to {@code tokenHash}. */
    public Optional<ShareEntity> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /** The owner's shares of one dashboard, newest first. */
    public List<ShareEntity> listAllWhereDashboard(String dashboardId, String ownerId) {
        return find("dashboardId = ?1 and ownerId = ?2", Sort.descending("createdAt"), dashboardId, ownerId)
                .list();
    }

    /** Revokes one share; true when it existed. */
    public boolean deleteByIdAndDashboard(String id, String dashboardId, String ownerId) {
        return delete("_id = ?1 and dashboardId = ?2 and ownerId = ?3", id, dashboardId, ownerId) > 0;
    }

    /** Revokes every share of a dashboard. */
    public long deleteByDashboard(String dashboardId) {
        return delete("dashboardId", dashboardId);
    }

    /** Revokes every share of every dashboard of a dataset. */
    public long deleteByDataset(String datasetId) {
        return delete("datasetId", datasetId);
    }
}
