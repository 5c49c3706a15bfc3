package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the right {@link RowSource} for a format. For Excel the container decides between XLSX and XLS (a workbook
 * saved with the wrong extension still opens), and an encrypted workbook fails with a clear reason.
 */
public final class RowSources {

    private RowSources() {}

    public static RowSource open(Path file, SourceFormat format, IngestOptions options) throws IngestException {
        switch (format) {
            case XLSX:
            case XLS:
                return excel(file, format, options);
            default:
                return CsvRowSource.open(file, format, options);
        }
    }

    private static RowSource excel(Path file, SourceFormat format, IngestOptions options) throws IngestException {
        byte[] head = new byte[8];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new IngestException("parsing", "the file could not be read: " + e.getMessage(), e);
        }
        if (MagicBytes.isOle2(head, length)) {
            // Throws for encrypted workbooks and non-spreadsheet Office files.
            ContainerSniffer.ole2(file);
            return XlsRowSource.open(file, options);
        }
        if (MagicBytes.isZip(head, length) || format == SourceFormat.XLSX) {
            return XlsxRowSource.open(file, options);
        }
        return XlsRowSource.open(file, options);
    }
}
