package io.datasage.ingest.source;

/** How a text file's bytes were decoded; the profile reports the final label from {@link DecodingStats}. */
public enum TextEncoding {
    /** UTF-8 where valid, windows-1252 byte by byte where not. */
    UTF_8,
    UTF_8_BOM,
    UTF_16LE,
    UTF_16BE;

    public boolean isUtf16() {
        return this == UTF_16LE || this == UTF_16BE;
    }
}
