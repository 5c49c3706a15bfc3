package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads an XLSX file's zip directory before anything is inflated: a damaged archive or an entry that claims to
 * expand more than 100 times (POI's own limit, which still applies while reading) fails here in milliseconds.
 */
final class ZipInspector {

    /** Same ratio as POI's {@code ZipSecureFile} default minimum inflate ratio of 0.01. */
    static final long MAX_RATIO = 100;

    /** Small entries compress well legitimately; only judge entries that expand to more than this. */
    private static final long MIN_JUDGED_SIZE = 10L * 1024 * 1024;

    private ZipInspector() {}

    /** What the directory says about the workbook. */
    record Contents(long sharedStringsSize) {}

    static Contents inspect(Path file) throws IngestException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean workbook = false;
            long sharedStrings = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                workbook |= name.equals("xl/workbook.xml") || name.equals("xl/workbook.bin");
                if (name.equals("xl/sharedStrings.xml")) {
                    sharedStrings = Math.max(0, entry.getSize());
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size > MIN_JUDGED_SIZE && compressed > 0 && size / compressed > MAX_RATIO) {
                    throw new IngestException(
                            "parsing",
                            "the file looks like a zip bomb: " + name + " would expand " + (size / compressed)
                                    + " times, to " + Sizes.human(size) + "; DataSage does not unpack it");
                }
            }
            if (!workbook) {
                throw new IngestException(
                        "parsing", "the file is a ZIP archive but not an Excel workbook (no xl/workbook.xml inside)");
            }
            return new Contents(sharedStrings);
        } catch (IOException e) {
            throw new IngestException(
                    "parsing",
                    "the Excel file is damaged: it is not a complete ZIP archive (truncated or corrupted: "
                            + e.getMessage() + ")",
                    e);
        }
    }
}
