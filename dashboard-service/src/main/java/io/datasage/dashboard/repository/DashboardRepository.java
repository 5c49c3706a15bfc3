package io.datasage.dashboard.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;

/** Dashboards in the document store, always scoped to one owner. */
@ApplicationScoped
public class DashboardRepository implements PanacheMongoRepositoryBase<DashboardEntity, String> {

    void createIndexes(@Observes StartupEvent event) {
        mongoCollection().createIndex(Indexes.ascending("datasetId"));
        mongoCollection()
                .createIndex(Indexes.compoundIndex(Indexes.ascending("ownerId"), Indexes.descending("createdAt")));
    }

    /** The dashboard if it exists and belongs to {@code ownerId}. */
    public Optional<DashboardEntity> findByIdAndOwner(String id, String ownerId) {
        return find("_id = ?1 and ownerId = ?2", id, ownerId).firstResultOptional();
    }

    /** A page of the owner's dashboards, newest first. */
    public List<DashboardEntity> listAllWhereOwner(String ownerId, int page, int size) {
        return find("ownerId", Sort.descending("createdAt"), ownerId)
                .page(Page.of(page, size))
                .list();
    }

    /**
     * Replaces the editable content of {@code changed} if the stored revision is still {@code expectedRevision},
     * and bumps the revision; false when someone else changed it first (or it is gone). The dataset version only
     * moves forward: {@code dataset.ready} moves dashboards on without a revision, and an edit made on what the
     * dataset showed a moment earlier must not move it back to files that are gone.
     */
    public boolean replaceIfRevision(DashboardEntity changed, long expectedRevision) {
        Bson revision = expectedRevision == 0
                ? Filters.or(Filters.eq("revision", 0L), Filters.eq("revision", null))
                : Filters.eq("revision", expectedRevision);
        var result = mongoCollection()
                .updateOne(
                        Filters.and(Filters.eq("_id", changed.id), Filters.eq("ownerId", changed.ownerId), revision),
                        Updates.combine(
                                Updates.set("title", changed.title),
                                Updates.set("domain", changed.domain),
                                Updates.set("pattern", changed.pattern),
                                Updates.set("designedBy", changed.designedBy),
                                Updates.set("explanation", changed.explanation),
                                Updates.set("componentsJson", changed.componentsJson),
                                Updates.set("insights", changed.insights),
                                // Never back: a new version may have become READY since the editor looked.
                                changed.datasetVersion == null
                                        ? Updates.combine()
                                        : Updates.max("datasetVersion", changed.datasetVersion),
                                Updates.set("updatedAt", changed.updatedAt),
                                Updates.set("revision", expectedRevision + 1)));
        return result.getModifiedCount() > 0;
    }

    /** Points every dashboard of a dataset at a newer version of it (never back at an older one). */
    public long moveToVersion(String datasetId, int version) {
        return mongoCollection()
                .updateMany(
                        Filters.and(
                                Filters.eq("datasetId", datasetId),
                                Filters.or(Filters.lt("datasetVersion", version), Filters.eq("datasetVersion", null))),
                        Updates.set("datasetVersion", version))
                .getModifiedCount();
    }

    /** Deletes every dashboard of a dataset. */
    public long deleteByDataset(String datasetId) {
        return delete("datasetId", datasetId);
    }
}
