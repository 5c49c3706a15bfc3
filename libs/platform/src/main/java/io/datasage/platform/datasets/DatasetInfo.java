package io.datasage.platform.datasets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.datasage.contracts.storage.StorageLayout;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A dataset as dataset-service describes it to its owner (the subset other services need).
 *
 * @param originalFilename the uploaded file's name ({@code sales.csv}), as generated SQL names it
 * @param format CSV, TSV, XLSX or XLS
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatasetInfo(
        String id,
        String name,
        String description,
        String status,
        int version,
        Long rowCount,
        Integer columnCount,
        List<Column> columns,
        List<String> domainHints,
        Instant updatedAt,
        Map<String, Object> profile,
        String originalFilename,
        String format) {

    /** The CSV delimiter the profile recorded, or null. */
    public String delimiter() {
        Object source = profile == null ? null : profile.get("source");
        Object delimiter = source instanceof Map ? ((Map<?, ?>) source).get("delimiter") : null;
        return delimiter instanceof String ? (String) delimiter : null;
    }

    /** True once the Arrow file and profile exist. */
    public boolean ready() {
        return "READY".equals(status);
    }

    /** Relative path of this version's Arrow file under the storage root ({@link StorageLayout}). */
    public String arrowPath() {
        return StorageLayout.arrow(id, version);
    }

    /** One column with its inferred type. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Column(String name, String type, long nullCount, long distinctCount, List<String> samples) {}
}
