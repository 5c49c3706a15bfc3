package io.datasage.ingest.source;

import java.util.Locale;

/** Writes byte counts the way an uploader reads them ({@code 16 MB}, {@code 200 KB}). */
public final class Sizes {

    private Sizes() {}

    public static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%d MB", Math.round(bytes / (double) (1L << 20)));
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, "%d KB", Math.round(bytes / (double) (1L << 10)));
        }
        return bytes + " bytes";
    }
}
