package io.datasage.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Decodes the first bytes of a text file the same way a full pass will, for sniffing. */
public final class TextSample {

    private TextSample() {}

    public static String decode(byte[] head, int length, EncodingDetector.Detected encoding) {
        try {
            return CsvRowSource.decode(head, length, encoding);
        } catch (IOException e) {
            // Decoding an in-memory array cannot fail on I/O.
            throw new UncheckedIOException(e);
        }
    }
}
