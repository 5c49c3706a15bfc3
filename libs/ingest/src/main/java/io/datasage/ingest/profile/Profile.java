package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Everything DataSage learned about a dataset; serialised as {@code profile.json} by {@link ProfileJson}.
 *
 * <p>Every record of the tree carries its own snake_case naming, so any ObjectMapper writes the same JSON.
 *
 * @param rows data rows (the header is not a row)
 * @param correlations numeric columns only, at most 50 (the first 50 in file order)
 * @param problems what was wrong with the file but tolerated: ragged rows, invalid values, encoding fallbacks...
 * @param domainHints likely business domains, best first
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Profile(
        int profileVersion,
        long rows,
        int columns,
        SourceInfo source,
        List<ColumnProfile> columnProfiles,
        Correlations correlations,
        List<OutlierReport> outliers,
        List<NormalityResult> normality,
        Trends trends,
        Quality quality,
        List<Problem> problems,
        List<DomainHint> domainHints) {

    /** Bumped when a field changes meaning, so readers of old profiles can tell. */
    public static final int VERSION = 1;
}
