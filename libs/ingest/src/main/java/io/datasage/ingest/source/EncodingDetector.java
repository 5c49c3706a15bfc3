package io.datasage.ingest.source;

/**
 * Finds a text file's encoding from its first bytes: a byte-order mark, or UTF-16 without one (NUL bytes at every
 * other position, as ASCII text in UTF-16 has); everything else is read as UTF-8 with a windows-1252 fallback.
 */
public final class EncodingDetector {

    private EncodingDetector() {}

    /** The encoding and the length of its byte-order mark (0 when there is none). */
    public record Detected(TextEncoding encoding, int bomLength) {}

    public static Detected detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(TextEncoding.UTF_8_BOM, 3);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(TextEncoding.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(TextEncoding.UTF_16BE, 2);
        }
        TextEncoding utf16 = utf16WithoutBom(head, length);
        return new Detected(utf16 != null ? utf16 : TextEncoding.UTF_8, 0);
    }

    /** @return UTF-16LE/BE when NULs sit at alternating positions, else null */
    static TextEncoding utf16WithoutBom(byte[] head, int length) {
        int pairs = Math.min(length, 8192) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs; i++) {
            if (head[2 * i] == 0) {
                evenNuls++;
            }
            if (head[2 * i + 1] == 0) {
                oddNuls++;
            }
        }
        if (oddNuls > pairs * 0.3 && evenNuls < pairs * 0.05) {
            return TextEncoding.UTF_16LE;
        }
        if (evenNuls > pairs * 0.3 && oddNuls < pairs * 0.05) {
            return TextEncoding.UTF_16BE;
        }
        return null;
    }
}
