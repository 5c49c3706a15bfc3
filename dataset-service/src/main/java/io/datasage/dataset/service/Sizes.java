package io.datasage.dataset.service;

import java.util.Locale;

/** Human-readable byte sizes for messages. */
public final class Sizes {

    private Sizes() {}

    /** "1.5 GiB", "200 MiB", "12 KiB", "12 bytes". */
    static String human(long bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0
                ? bytes + " bytes"
                : String.format(Locale.ROOT, value % 1 == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    }

    /** The 413 message. */
    public static String tooLarge(long size, long max) {
        return "The file is " + human(size) + "; the largest accepted upload is " + human(max)
                + ". Split the file, or ask the operator to raise datasage.dataset.max-upload-bytes.";
    }

    /** The 507 message. */
    public static String storageFull(long size, long free) {
        return "The server's storage is full: this upload needs " + human(size) + " and " + human(free)
                + " is free. Nothing was stored; try again once the operator has freed space.";
    }

    /** The 507 message when the disk filled up while an upload of unknown length was being received. */
    public static String storageFilledUp(long received) {
        return "The server's storage is full: it filled up after " + human(received)
                + " of this upload. Nothing was stored; try again once the operator has freed space.";
    }
}
