package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * Data-quality scores, each 0..1 (1 is best); {@code definitions} states each formula.
 *
 * @param duplicateRows rows identical to an earlier row (estimated when {@code duplicatesEstimated})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quality(
        double completeness,
        double consistency,
        double uniqueness,
        double validity,
        double overall,
        long duplicateRows,
        boolean duplicatesEstimated,
        Map<String, String> definitions) {}
