package io.datasage.ingest.source;

import de.siegmar.fastcsv.reader.CsvReader;
import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.SourceFormat;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CSV or TSV file: encoding and delimiter are settled on open, each {@link #open()} re-reads the file. */
public final class CsvRowSource implements RowSource {

    private static final int HEAD_BYTES = 64 * 1024;
    private static final Pattern SEPARATOR_LINE = Pattern.compile("(?i)sep=([,;\t|])\r?\n");

    private final Path file;
    private final SourceFormat format;
    private final long size;
    private final EncodingDetector.Detected encoding;
    private final char delimiter;
    private final boolean separatorLine;
    private final IngestOptions options;
    private final DecodingStats stats = new DecodingStats();
    private final ColumnNames names = new ColumnNames();
    private int passes;

    private CsvRowSource(
            Path file,
            SourceFormat format,
            long size,
            EncodingDetector.Detected encoding,
            char delimiter,
            boolean separatorLine,
            IngestOptions options) {
        this.file = file;
        this.format = format;
        this.size = size;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.separatorLine = separatorLine;
        this.options = options;
    }

    /** Detects the encoding and, for CSV, the delimiter from the first 64 KB. */
    public static CsvRowSource open(Path file, SourceFormat format, IngestOptions options) throws IngestException {
        try {
            long size = Files.size(file);
            byte[] head = new byte[(int) Math.min(HEAD_BYTES, size)];
            int length;
            try (InputStream in = Files.newInputStream(file)) {
                length = in.readNBytes(head, 0, head.length);
            }
            EncodingDetector.Detected encoding = EncodingDetector.detect(head, length);
            String sample = decode(head, length, encoding);
            Matcher separator = SEPARATOR_LINE.matcher(sample);
            if (separator.lookingAt()) {
                // Excel's "sep=;" hint line names the delimiter and is not data.
                return new CsvRowSource(
                        file, format, size, encoding, separator.group(1).charAt(0), true, options);
            }
            char delimiter = format == SourceFormat.TSV ? '\t' : DialectSniffer.sniff(sample, length < size);
            return new CsvRowSource(file, format, size, encoding, delimiter, false, options);
        } catch (IOException e) {
            throw new IngestException("parsing", "the file could not be read: " + e.getMessage(), e);
        }
    }

    static String decode(byte[] head, int length, EncodingDetector.Detected encoding) throws IOException {
        int bom = encoding.bomLength();
        InputStream in = new ByteArrayInputStream(head, bom, length - bom);
        try (Reader reader = reader(in, encoding.encoding(), new DecodingStats())) {
            StringBuilder out = new StringBuilder(length);
            char[] chars = new char[8192];
            int n;
            while ((n = reader.read(chars)) > 0) {
                out.append(chars, 0, n);
            }
            return out.toString();
        }
    }

    private static Reader reader(InputStream in, TextEncoding encoding, DecodingStats stats) {
        switch (encoding) {
            case UTF_16LE:
                return new InputStreamReader(new BufferedInputStream(in, 64 * 1024), StandardCharsets.UTF_16LE);
            case UTF_16BE:
                return new InputStreamReader(new BufferedInputStream(in, 64 * 1024), StandardCharsets.UTF_16BE);
            default:
                return new LenientUtf8Reader(in, stats);
        }
    }

    public char delimiter() {
        return delimiter;
    }

    @Override
    public RowCursor open() throws IngestException {
        try {
            CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
            bytes.skipNBytes(encoding.bomLength());
            // Only the first pass counts decoding fallbacks; later passes decode the same bytes.
            DecodingStats passStats = passes++ == 0 ? stats : new DecodingStats();
            Reader reader = reader(bytes, encoding.encoding(), passStats);
            long maxChars = Math.min(options.maxFieldBytes(), Integer.MAX_VALUE - 65_536);
            CsvRecordHandler handler = new CsvRecordHandler(options.maxColumns() + 1, maxChars);
            CsvReader<CsvRecordHandler> csv = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .quoteCharacter('"')
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .allowExtraCharsAfterClosingQuote(true)
                    .maxBufferSize((int) maxChars + 32_768)
                    .build(handler, reader);
            if (separatorLine) {
                csv.skipLines(1);
            }
            return new CsvCursor(csv, handler, bytes, size, maxChars, names);
        } catch (IOException e) {
            throw new IngestException("parsing", "the file could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public SourceDescription describe() {
        return new SourceDescription(
                format, stats.label(encoding.encoding()), stats.fallbackBytes(), delimiter, null, List.of(), size);
    }

    @Override
    public boolean isSpreadsheet() {
        return false;
    }

    @Override
    public void nameColumns(List<String> columnNames) {
        names.set(columnNames);
    }

    @Override
    public void close() {
        // Each pass closes its own stream.
    }
}
