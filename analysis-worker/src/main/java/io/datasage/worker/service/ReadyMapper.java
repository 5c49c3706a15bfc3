package io.datasage.worker.service;

import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.profile.ColumnProfile;
import io.datasage.ingest.profile.DomainHint;
import io.datasage.ingest.profile.Profile;
import java.util.List;

/** Builds the {@code dataset.ready} payload from an upload and what the ingest found. */
final class ReadyMapper {

    private static final int SAMPLES = 5;
    private static final int DOMAIN_HINTS = 3;
    // Only hints with a real signal are worth passing on to the dashboard designer.
    private static final double MIN_DOMAIN_SCORE = 0.15;

    private ReadyMapper() {}

    static DatasetReady ready(
            DatasetUploaded upload, IngestResult result, String arrowPath, String profilePath, long durationMs) {
        Profile profile = result.profile();
        List<DatasetReady.ColumnSummary> columns =
                profile.columnProfiles().stream().map(ReadyMapper::column).toList();
        List<String> hints = profile.domainHints() == null
                ? List.of()
                : profile.domainHints().stream()
                        .filter(h -> h.score() >= MIN_DOMAIN_SCORE)
                        .limit(DOMAIN_HINTS)
                        .map(DomainHint::domain)
                        .toList();
        Double quality = profile.quality() == null ? null : profile.quality().overall();
        return new DatasetReady(
                upload.datasetId(),
                upload.ownerId(),
                upload.version(),
                upload.name(),
                upload.description(),
                profile.rows(),
                profile.columns(),
                columns,
                arrowPath,
                profilePath,
                hints,
                quality,
                durationMs,
                upload.originalFilename(),
                upload.format());
    }

    private static DatasetReady.ColumnSummary column(ColumnProfile c) {
        List<String> samples = c.samples() == null
                ? List.of()
                : c.samples().stream().limit(SAMPLES).toList();
        return new DatasetReady.ColumnSummary(c.name(), c.type().typeName(), c.nulls(), c.distinct(), samples);
    }
}
