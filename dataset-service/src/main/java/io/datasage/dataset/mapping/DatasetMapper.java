package io.datasage.dataset.mapping;

import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.rest.DatasetViews.Column;
import io.datasage.dataset.rest.DatasetViews.Dataset;
import io.datasage.dataset.rest.DatasetViews.Progress;
import io.datasage.dataset.rest.DatasetViews.Replacement;
import java.util.List;
import java.util.Map;

/** Converts stored datasets into API views. */
public final class DatasetMapper {

    private DatasetMapper() {}

    /** The API view, with the profile when one is given. */
    public static Dataset toView(DatasetEntity e, Map<String, Object> profile) {
        List<Column> columns = e.columns == null
                ? null
                : e.columns.stream()
                        .map(c -> new Column(c.name, c.type, c.nullCount, c.distinctCount, c.samples))
                        .toList();
        return new Dataset(
                e.id,
                e.name,
                e.description,
                e.originalFilename,
                e.format,
                e.sizeBytes,
                e.sha256,
                e.status,
                e.version,
                new Progress(e.phase, e.percent, e.rowsProcessed),
                e.failureReason,
                e.rowCount,
                e.columnCount,
                columns,
                e.domainHints,
                e.qualityScore,
                e.analysisMs,
                e.createdAt,
                e.updatedAt,
                replacement(e.replacement),
                profile);
    }

    private static Replacement replacement(DatasetEntity.ReplacementEntity r) {
        return r == null
                ? null
                : new Replacement(
                        r.version,
                        r.originalFilename,
                        r.status,
                        new Progress(r.phase, r.percent, r.rowsProcessed),
                        r.failureReason,
                        r.createdAt);
    }
}
