package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Inflates every entry of an XLSX archive once before POI opens it, counting the bytes that really come out: the
 * sizes an archive declares are written by whoever made it and prove nothing. A workbook that inflates past
 * {@link IngestOptions#maxInflatedBytes()}, or more than 100 times its own size, is refused as soon as the count
 * passes the limit, and the real size of the shared-strings table decides whether it may live on the heap. The same
 * ZIP reader as POI's (commons-compress) is used, so both see the same entries.
 */
final class ZipInspector {

    /** Same ratio as POI's {@code ZipSecureFile} default minimum inflate ratio of 0.01. */
    static final long MAX_RATIO = 100;

    /** Small workbooks compress well legitimately; the ratio is judged only past this many inflated bytes. */
    private static final long MIN_JUDGED_SIZE = 10L * 1024 * 1024;

    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    private ZipInspector() {}

    /** What inflating the workbook showed. */
    record Contents(long sharedStringsSize, long inflatedBytes) {}

    static Contents inspect(Path file, IngestOptions options) throws IngestException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            long fileSize = Files.size(file);
            long limit = Math.min(options.maxInflatedBytes(), Math.max(MIN_JUDGED_SIZE, MAX_RATIO * fileSize));
            boolean workbook = false;
            long sharedStrings = 0;
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                String name = entry.getName();
                workbook |= name.equals("xl/workbook.xml") || name.equals("xl/workbook.bin");
                if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                    // Excel writes only these two; others (zstd, bzip2, ...) would need codecs POI never uses.
                    throw new IngestException(
                            "parsing",
                            "the Excel file is packed in a way Excel never writes (ZIP method " + entry.getMethod()
                                    + " in " + name + "); open it in Excel or LibreOffice and save it again as .xlsx");
                }
                long entryBytes = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        entryBytes += n;
                        total += n;
                        if (total > limit) {
                            throw bomb(name, total, fileSize, options);
                        }
                    }
                }
                if (name.equals(SHARED_STRINGS)) {
                    sharedStrings = entryBytes;
                }
            }
            if (!workbook) {
                throw new IngestException(
                        "parsing", "the file is a ZIP archive but not an Excel workbook (no xl/workbook.xml inside)");
            }
            return new Contents(sharedStrings, total);
        } catch (IOException | RuntimeException e) {
            throw new IngestException(
                    "parsing",
                    "the Excel file is damaged: it is not a complete ZIP archive (truncated or corrupted: "
                            + e.getMessage() + ")",
                    e);
        }
    }

    private static IngestException bomb(String name, long inflated, long fileSize, IngestOptions options) {
        if (inflated > options.maxInflatedBytes()) {
            return new IngestException(
                    "parsing",
                    "the file looks like a zip bomb: its content expands to more than "
                            + Sizes.human(options.maxInflatedBytes()) + " (stopped in " + name
                            + "); DataSage does not unpack it");
        }
        return new IngestException(
                "parsing",
                "the file looks like a zip bomb: its content expands more than " + MAX_RATIO + " times, past "
                        + Sizes.human(inflated) + " from " + Sizes.human(fileSize) + " (stopped in " + name
                        + "); DataSage does not unpack it");
    }
}
