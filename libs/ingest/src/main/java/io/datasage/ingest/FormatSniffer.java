package io.datasage.ingest;

import io.datasage.ingest.source.ContainerSniffer;
import io.datasage.ingest.source.DialectSniffer;
import io.datasage.ingest.source.EncodingDetector;
import io.datasage.ingest.source.MagicBytes;
import io.datasage.ingest.source.TextSample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** Looks at the first bytes (never trusts the extension) and says which {@link SourceFormat} a file really is. */
public final class FormatSniffer {

    private static final int HEAD_BYTES = 64 * 1024;

    private FormatSniffer() {}

    /**
     * @param originalFilename the name the uploader gave, used only in messages; may be null
     * @throws UnsupportedContentException with a reason such as "the file is a PNG image, not CSV or Excel"
     */
    public static SourceFormat sniff(Path file, String originalFilename) throws UnsupportedContentException {
        Objects.requireNonNull(file, "file");
        byte[] head = new byte[HEAD_BYTES];
        int length;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnsupportedContentException("the file could not be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new UnsupportedContentException("empty file: it has 0 bytes");
        }
        if (MagicBytes.isZip(head, length)) {
            return ContainerSniffer.zip(file, head, length);
        }
        if (MagicBytes.isOle2(head, length)) {
            return ContainerSniffer.ole2(file);
        }
        String binary = MagicBytes.describe(head, length);
        if (binary != null) {
            throw new UnsupportedContentException(
                    "the file is " + binary + ", not CSV or Excel" + named(originalFilename));
        }
        return text(head, length, size, originalFilename);
    }

    private static SourceFormat text(byte[] head, int length, long size, String originalFilename)
            throws UnsupportedContentException {
        EncodingDetector.Detected encoding = EncodingDetector.detect(head, length);
        if (!encoding.encoding().isUtf16()) {
            String control = controlBytes(head, length);
            if (control != null) {
                throw new UnsupportedContentException("binary data (" + control + ") in a file"
                        + (originalFilename == null ? "" : " named '" + originalFilename + "'")
                        + ": it is not a CSV or Excel file");
            }
        }
        String sample = TextSample.decode(head, length, encoding);
        String start = sample.stripLeading().toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            throw new UnsupportedContentException("empty file: it holds only blank lines");
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            throw new UnsupportedContentException("the file is an HTML page, not CSV or Excel (some systems export"
                    + " .xls files as HTML: open it in Excel and save it as .xlsx or .csv)");
        }
        if (start.startsWith("<?xml")) {
            if (start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                throw new UnsupportedContentException(
                        "the file is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx");
            }
            throw new UnsupportedContentException("the file is an XML document, not CSV or Excel");
        }
        if (start.startsWith("{\"") || start.matches("(?s)^\\[\\s*[{\\[\"].*")) {
            throw new UnsupportedContentException("the file holds JSON data, not CSV or Excel");
        }
        return DialectSniffer.sniff(sample, length < size) == '\t' ? SourceFormat.TSV : SourceFormat.CSV;
    }

    /** @return what makes the bytes binary (NUL bytes, control characters), or null for text */
    private static String controlBytes(byte[] head, int length) {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return "NUL bytes";
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        return control > Math.max(8, length / 20) ? "control characters" : null;
    }

    private static String named(String originalFilename) {
        return originalFilename == null ? "" : " (it is named '" + originalFilename + "')";
    }
}
