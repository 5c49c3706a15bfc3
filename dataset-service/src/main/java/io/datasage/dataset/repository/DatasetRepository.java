package io.datasage.dataset.repository;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;

/** Datasets in the document store; user-facing queries are scoped to one owner and skip tombstones. */
@ApplicationScoped
public class DatasetRepository implements PanacheMongoRepositoryBase<DatasetEntity, String> {

    void createIndexes(@Observes StartupEvent event) {
        mongoCollection()
                .createIndex(Indexes.compoundIndex(Indexes.ascending("ownerId"), Indexes.descending("createdAt")));
        // One dataset per owner and content: concurrent uploads of the same bytes cannot both be stored.
        mongoCollection()
                .createIndex(
                        Indexes.compoundIndex(Indexes.ascending("ownerId"), Indexes.ascending("sha256")),
                        new IndexOptions().unique(true).name("owner_content_unique"));
        mongoCollection().createIndex(Indexes.ascending("uploadPublished"));
    }

    /** The live dataset if it exists and belongs to {@code ownerId}. */
    public Optional<DatasetEntity> findByIdAndOwner(String id, String ownerId) {
        return find("_id = ?1 and ownerId = ?2 and deleted = ?3", id, ownerId, false)
                .firstResultOptional();
    }

    /** The owner's live dataset with this content hash. */
    public Optional<DatasetEntity> findByOwnerAndSha256(String ownerId, String sha256) {
        return find("ownerId = ?1 and sha256 = ?2 and deleted = ?3", ownerId, sha256, false)
                .firstResultOptional();
    }

    /** A page of the owner's live datasets, newest first. */
    public List<DatasetEntity> listAllWhereOwner(String ownerId, int page, int size) {
        return find("ownerId = ?1 and deleted = ?2", Sort.descending("createdAt"), ownerId, false)
                .page(Page.of(page, size))
                .list();
    }

    /** How many live datasets the owner has. */
    public long countByOwner(String ownerId) {
        return count("ownerId = ?1 and deleted = ?2", ownerId, false);
    }

    /** Live datasets whose {@code dataset.uploaded} event still waits for Kafka, oldest first. */
    public List<DatasetEntity> listAllWhereUploadUnpublished(int limit) {
        return find("uploadPublished = ?1 and deleted = ?2", Sort.ascending("createdAt"), false, false)
                .page(Page.ofSize(limit))
                .list();
    }

    /** Tombstones whose {@code dataset.deleted} event still waits for Kafka. */
    public List<DatasetEntity> listAllWhereDeleted(int limit) {
        return find("deleted = ?1", Sort.ascending("updatedAt"), true)
                .page(Page.ofSize(limit))
                .list();
    }

    /** Live datasets whose replacement file's {@code dataset.uploaded} event still waits for Kafka. */
    public List<DatasetEntity> listAllWhereReplacementUnpublished(int limit) {
        return find("replacement.published = ?1 and deleted = ?2", Sort.ascending("updatedAt"), false, false)
                .page(Page.ofSize(limit))
                .list();
    }

    /** Marks the upload event of replacement {@code version} as published (no-op if it was replaced meanwhile). */
    public void markReplacementPublished(String id, int version) {
        update("replacement.published = ?1", true).where("_id = ?1 and replacement.version = ?2", id, version);
    }

    /** Marks the upload event of {@code version} as published (no-op if the dataset moved on). */
    public void markUploadPublished(String id, int version) {
        update("uploadPublished = ?1", true).where("_id = ?1 and version = ?2", id, version);
    }
}
