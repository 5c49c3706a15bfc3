package io.datasage.dashboard.repository;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Dashboards in the document store, always scoped to one owner. */
@ApplicationScoped
public class DashboardRepository implements PanacheMongoRepositoryBase<DashboardEntity, String> {

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
}
