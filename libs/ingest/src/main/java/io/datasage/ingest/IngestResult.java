package io.datasage.ingest;

import io.datasage.ingest.profile.Profile;
import java.util.List;

/**
 * What an ingest produced besides the Arrow file.
 *
 * @param profile everything {@code profile.json} holds
 * @param columnNames the final column names, in file order (also the Arrow field names)
 * @param previewRows the first rows as typed values: {@code Long}, {@code Double}, {@code Boolean}, {@code String},
 *     {@code java.time.LocalDate} (date) and {@code java.time.LocalDateTime} (datetime, UTC); {@code null} for nulls
 *     and invalid values
 */
public record IngestResult(Profile profile, List<String> columnNames, List<List<Object>> previewRows) {}
