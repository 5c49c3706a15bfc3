package io.datasage.ingest.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The file itself.
 *
 * @param format {@code CSV}, {@code TSV}, {@code XLSX} or {@code XLS}
 * @param encoding e.g. {@code UTF-8}, {@code UTF-8 (BOM)}, {@code UTF-16LE}, {@code windows-1252},
 *     {@code mixed UTF-8 / windows-1252}; absent for spreadsheets
 * @param encodingFallbackBytes bytes that were not valid UTF-8 and were read as windows-1252
 * @param delimiter the field delimiter of a text file ({@code "\t"} for tab)
 * @param sheet the sheet that was read; {@code sheets} lists all of them
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceInfo(
        String format,
        String encoding,
        Long encodingFallbackBytes,
        String delimiter,
        boolean hasHeader,
        String sheet,
        List<String> sheets,
        long sizeBytes) {}
