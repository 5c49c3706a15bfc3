package io.datasage.dashboard.service;

import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.repository.DashboardRepository;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads a user's saved dashboards. */
@ApplicationScoped
public class DashboardService {

    private final DashboardRepository dashboards;

    public DashboardService(DashboardRepository dashboards) {
        this.dashboards = dashboards;
    }

    /** One page of the owner's dashboards. */
    public List<DashboardEntity> list(String ownerId, int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw ProblemException.badRequest("page must be 0 or more and size between 1 and 100; got page=" + page + ", size=" + size + ".");
        }
        return dashboards.listAllWhereOwner(ownerId, page, size);
    }

    /** The dashboard, or 404 when it does not exist or belongs to someone else. */
    public DashboardEntity get(String ownerId, String id) {
        return dashboards.findByIdAndOwner(id, ownerId)
                .orElseThrow(() -> ProblemException.notFound("No dashboard with id " + id + "."));
    }
}
