package io.datasage.dataset.repository;

import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;

/** Datasets in the document store; user-facing queries are always scoped to one owner. */
@ApplicationScoped
public class DatasetRepository implements PanacheMongoRepositoryBase<DatasetEntity, String> {

    void createIndexes(@Observes StartupEvent event) {
        mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("ownerId"), Indexes.descending("createdAt")));
        mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("ownerId"), Indexes.ascending("sha256")));
    }

    /** The dataset if it exists and belongs to {@code ownerId}. */
    public Optional<DatasetEntity> findByIdAndOwner(String id, String ownerId) {
        return find("_id = ?1 and ownerId = ?2", id, ownerId).firstResultOptional();
    }

    /** A page of the owner's datasets, newest first. */
    public List<DatasetEntity> listAllWhereOwner(String ownerId, int page, int size) {
        return find("ownerId", Sort.descending("createdAt"), ownerId).page(Page.of(page, size)).list();
    }

    /** How many datasets the owner has. */
    public long countByOwner(String ownerId) {
        return count("ownerId", ownerId);
    }
}
