package io.datasage.ingest.stats;

import io.datasage.ingest.profile.ColumnProfile;
import io.datasage.ingest.profile.Correlations;
import io.datasage.ingest.profile.DomainHint;
import io.datasage.ingest.profile.NormalityResult;
import io.datasage.ingest.profile.OutlierReport;
import io.datasage.ingest.profile.Quality;
import io.datasage.ingest.profile.Trends;
import java.util.List;

/** The statistical part of a profile, as {@link DatasetStats} computes it. */
public record DatasetAnalysis(
        List<ColumnProfile> columnProfiles,
        Correlations correlations,
        List<OutlierReport> outliers,
        List<NormalityResult> normality,
        Trends trends,
        Quality quality,
        List<DomainHint> domainHints) {}
