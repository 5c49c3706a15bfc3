package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A business domain the dataset probably belongs to.
 *
 * @param domain one of sales, finance, hr, automotive, healthcare, marketing, operations, education, real_estate,
 *     sensor_iot, survey, ecommerce, web_analytics
 * @param score 0..1
 * @param evidence the column-name words and value hints that matched
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DomainHint(String domain, double score, List<String> evidence) {}
