package io.datasage.dataset.service;

import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads a user's datasets. */
@ApplicationScoped
public class DatasetQueryService {

    static final int MAX_PAGE_SIZE = 100;

    private final DatasetRepository datasets;

    public DatasetQueryService(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    /** One page of the owner's datasets, newest first. */
    public List<DatasetEntity> list(String ownerId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest(
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + "; got page=" + page + ", size=" + size + ".");
        }
        return datasets.listAllWhereOwner(ownerId, page, size);
    }

    /** Number of datasets the owner has. */
    public long count(String ownerId) {
        return datasets.countByOwner(ownerId);
    }

    /** The dataset, or 404 when it does not exist or belongs to someone else. */
    public DatasetEntity get(String ownerId, String id) {
        return datasets.findByIdAndOwner(id, ownerId)
                .orElseThrow(() -> ProblemException.notFound("No dataset with id " + id + "."));
    }
}
