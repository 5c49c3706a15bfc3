package io.datasage.ingest.source;

import java.nio.charset.StandardCharsets;

/** Names well-known binary formats from their first bytes, so an upload of the wrong file gets a precise reason. */
public final class MagicBytes {

    private MagicBytes() {}

    /**
     * @return e.g. "a PNG image", or null when the bytes match no known binary format. Short ASCII signatures ("MZ",
     *     "ID3", "RIFF"...) could start a CSV header, so they only count when the bytes also hold a NUL.
     */
    public static String describe(byte[] head, int length) {
        String strong = strong(head, length);
        if (strong != null || !hasNul(head, length)) {
            return strong;
        }
        return weak(head, length);
    }

    private static boolean hasNul(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strong(byte[] head, int length) {
        if (starts(head, length, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(head, length, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (ascii(head, length, 0, "%PDF")) {
            return "a PDF document";
        }
        if (starts(head, length, 0x1F, 0x8B)) {
            return "a gzip-compressed file (unpack it first)";
        }
        if (starts(head, length, '7', 'z', 0xBC, 0xAF)) {
            return "a 7-Zip archive";
        }
        if (starts(head, length, 0xFD, '7', 'z', 'X', 'Z')) {
            return "an xz-compressed file (unpack it first)";
        }
        if (starts(head, length, 0x28, 0xB5, 0x2F, 0xFD)) {
            return "a zstd-compressed file (unpack it first)";
        }
        if (starts(head, length, 0x7F, 'E', 'L', 'F')) {
            return "a program (executable)";
        }
        if (starts(head, length, 'I', 'I', 0x2A, 0x00) || starts(head, length, 'M', 'M', 0x00, 0x2A)) {
            return "a TIFF image";
        }
        return null;
    }

    private static String weak(byte[] head, int length) {
        if (ascii(head, length, 0, "GIF8")) {
            return "a GIF image";
        }
        if (ascii(head, length, 0, "BZh")) {
            return "a bzip2-compressed file (unpack it first)";
        }
        if (ascii(head, length, 0, "Rar!")) {
            return "a RAR archive";
        }
        if (ascii(head, length, 0, "MZ")) {
            return "a program (executable)";
        }
        if (ascii(head, length, 0, "SQLite format 3")) {
            return "an SQLite database";
        }
        if (ascii(head, length, 0, "PAR1")) {
            return "a Parquet file";
        }
        if (ascii(head, length, 0, "ARROW1")) {
            return "an Arrow file";
        }
        if (ascii(head, length, 0, "RIFF")) {
            return "a media file (RIFF: WAV, AVI or WebP)";
        }
        if (ascii(head, length, 4, "ftyp")) {
            return "a video or audio file (MP4/MOV)";
        }
        if (ascii(head, length, 0, "ID3") || ascii(head, length, 0, "OggS") || ascii(head, length, 0, "fLaC")) {
            return "an audio file";
        }
        return null;
    }

    public static boolean isZip(byte[] head, int length) {
        return starts(head, length, 'P', 'K', 3, 4) || starts(head, length, 'P', 'K', 5, 6);
    }

    public static boolean isOle2(byte[] head, int length) {
        return starts(head, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    static boolean starts(byte[] head, int length, int... bytes) {
        if (length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean ascii(byte[] head, int length, int offset, String text) {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        if (length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (head[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
