package io.datasage.ingest.source;

/**
 * What decoding a text file found: bytes that were not valid UTF-8 (read as windows-1252) and valid multi-byte UTF-8
 * characters. Together they tell a UTF-8 file from a windows-1252 one and from a mix of both.
 */
public final class DecodingStats {

    long fallbackBytes;
    long multiByteChars;

    public long fallbackBytes() {
        return fallbackBytes;
    }

    public long multiByteChars() {
        return multiByteChars;
    }

    /** The label the profile shows, e.g. {@code UTF-8}, {@code windows-1252}, {@code mixed UTF-8 / windows-1252}. */
    public String label(TextEncoding encoding) {
        switch (encoding) {
            case UTF_16LE:
                return "UTF-16LE";
            case UTF_16BE:
                return "UTF-16BE";
            default:
                if (fallbackBytes == 0) {
                    return encoding == TextEncoding.UTF_8_BOM ? "UTF-8 (BOM)" : "UTF-8";
                }
                return multiByteChars == 0 && encoding == TextEncoding.UTF_8
                        ? "windows-1252"
                        : "mixed UTF-8 / windows-1252";
        }
    }
}
