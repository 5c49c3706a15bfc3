package io.datasage.ingest.source;

import io.datasage.ingest.SourceFormat;
import java.util.List;

/**
 * What the reader found out about the file itself.
 *
 * @param encoding e.g. {@code UTF-8}, {@code windows-1252}; null for spreadsheets
 * @param fallbackBytes bytes read as windows-1252 because they were not valid UTF-8
 * @param delimiter null for spreadsheets
 * @param sheet the sheet read; null for text files
 * @param sheets every sheet of a workbook, in order
 */
public record SourceDescription(
        SourceFormat format,
        String encoding,
        long fallbackBytes,
        Character delimiter,
        String sheet,
        List<String> sheets,
        long sizeBytes) {}
